using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MotCua.Handler.Hosting;
using MotCua.Handler.Qr;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>
/// Every function class is created from the worker's own service registrations, built as its Program
/// builds them (without starting the host, which needs the Functions host to talk to), so a missing
/// registration fails here and not in a deployment.
/// </summary>
public sealed class WorkerServicesTests
{
    private static IServiceCollection WorkerServices()
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.ConfigureFunctionsWebApplication();
        builder.Services.AddFunctionAppServices(builder.Configuration);
        return builder.Services;
    }

    [Fact]
    public void Every_function_class_is_created_from_the_worker_registrations()
    {
        using var provider = WorkerServices().BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        using var invocation = provider.CreateScope();
        var types = FunctionClasses.Types();

        Assert.Equal(5, types.Count);
        Assert.All(types, type => Assert.IsType(type, ActivatorUtilities.CreateInstance(invocation.ServiceProvider, type)));
    }

    [Fact]
    public void A_missing_registration_fails_the_check()
    {
        var services = WorkerServices();
        services.RemoveAll<QrHost>();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => ActivatorUtilities.CreateInstance(provider, typeof(QrFunctions)));
        Assert.Contains(nameof(QrHost), error.Message, StringComparison.Ordinal);
    }
}
