using MotCua.LocalHost;

// Runs the Functions app without the Functions host: ./run.sh, the HTTP tests and the benchmarks.
var builder = WebApplication.CreateSlimBuilder(args);
builder.AddLocalFunctions();

var app = builder.Build();
app.MapLocalFunctions();
app.Run();

/// <summary>Entry point, visible to in-process tests.</summary>
public partial class Program;
