// The least an ASP.NET Core app can do for a scan: answer a same-origin 302, nothing else.
var builder = WebApplication.CreateSlimBuilder(args);
var app = builder.Build();
app.MapGet("/s/{code}", (string code) => Results.Redirect($"/p/{Uri.EscapeDataString(code)}"));
app.Run();
