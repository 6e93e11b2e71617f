using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Options;
using MotCua.Handler.Hosting;

// The Functions app on the isolated worker. The Functions host (or, on a developer's machine and in the tests,
// functions/HostStandIn) starts this process and sends it every invocation.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddFunctionAppTelemetry(builder.Configuration);
builder.Services.AddFunctionAppServices(builder.Configuration);
builder.Logging.AddFilter("Azure.Core", LogLevel.Error); // the storage SDK: a line per request and per expected 404 or 409; the app logs real failures itself
try
{
    await builder.Build().RunAsync();
    return 0;
}
catch (OptionsValidationException ex)
{
    // A setting the app cannot run with: one line that says which and why, for the host's log.
    await Console.Error.WriteLineAsync($"handler: cannot start: {string.Join(" ", ex.Failures)}");
    return 1;
}
catch (OperationCanceledException)
{
    // Told to stop while still starting (a deployment or a scale-in during a cold start): nothing to clean up.
    return 0;
}
