using System.Text;
using MotCua.Domain.Pages;

namespace MotCua.Domain.Tests.Pages;

public sealed class ServiceWorkerScriptTests
{
    [Fact]
    public void TheWorkerFitsInTwoKilobytes() =>
        Assert.InRange(Encoding.UTF8.GetByteCount(ServiceWorkerScript.Script), 1, ServiceWorkerScript.MaxBytes);

    [Fact]
    public void TheRegistrationIsASmallInlineScriptThatWaitsForLoad()
    {
        var tag = ServiceWorkerScript.RegistrationTag;
        Assert.InRange(Encoding.UTF8.GetByteCount(tag), 1, ServiceWorkerScript.MaxRegistrationBytes);
        Assert.StartsWith("<script>", tag, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", tag, StringComparison.Ordinal);
        Assert.Contains("addEventListener(\"load\"", tag, StringComparison.Ordinal);
        Assert.Contains($"register(\"{ServiceWorkerScript.SitePath}\")", tag, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWorkerAnswersOnlyPageNavigationsAndGoesToTheNetworkFirst()
    {
        var script = ServiceWorkerScript.Script;
        Assert.Contains("r.mode !== \"navigate\"", script, StringComparison.Ordinal);
        var network = script.IndexOf("fetch(r)", StringComparison.Ordinal);
        var cache = script.IndexOf("caches.match(r", StringComparison.Ordinal);
        Assert.True(network >= 0 && cache > network, "the cache must be the fallback, not the first answer");
    }
}
