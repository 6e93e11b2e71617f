using Microsoft.Azure.Functions.Worker.Builder;
using MotCua.Handler.Hosting;

// The Functions app on the isolated worker. The Functions host starts this process and sends it every
// invocation; functions/LocalHost runs the same function classes without the host.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddFunctionAppServices(builder.Configuration);
builder.Build().Run();

/// <summary>Internal: the local runner's Program is the one tests start, and two public ones would clash.</summary>
internal partial class Program;
