using MotCua.HostStandIn.Http;

namespace MotCua.HostStandIn.Tests;

/// <summary>A local run serves scans for days: the stand-in keeps a bounded record of them, and counts them all.</summary>
public sealed class InvocationLogTests
{
    [Fact]
    public void Keeps_the_most_recent_invocations_and_counts_every_one()
    {
        var log = new InvocationLog();
        for (var i = 0; i < InvocationLog.Kept + 250; i++)
        {
            log.Start("Scan", $"id-{i}");
        }

        Assert.Equal(InvocationLog.Kept + 250, log.Started);
        Assert.Equal(InvocationLog.Kept, log.Records.Count);
        Assert.Equal("id-250", log.Records[0].InvocationId);
        Assert.Equal($"id-{InvocationLog.Kept + 249}", log.Records[^1].InvocationId);
    }
}
