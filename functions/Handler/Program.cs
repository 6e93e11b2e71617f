using MotCua.Handler.Hosting;

var builder = WebApplication.CreateSlimBuilder(args);
builder.ConfigureHandlerHosting();

var app = builder.Build();
app.MapHandlerEndpoints();
app.Run();

/// <summary>Entry point, visible to in-process tests.</summary>
public partial class Program;
