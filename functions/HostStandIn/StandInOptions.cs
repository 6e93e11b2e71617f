namespace MotCua.HostStandIn;

/// <summary>What the stand-in needs to run one Functions app the way the Functions host runs it.</summary>
public sealed class StandInOptions
{
    /// <summary>The host's grace between the terminate message and killing the worker (WorkerTerminateGracePeriodInSeconds).</summary>
    public static readonly TimeSpan HostTerminateGrace = TimeSpan.FromSeconds(5);

    /// <summary>The Functions app folder: the worker's build output, with worker.config.json, functions.metadata and host.json.</summary>
    public required string AppDirectory { get; init; }

    /// <summary>Where citizens' requests arrive (port 0: a free port).</summary>
    public Uri PublicUrl { get; init; } = new("http://127.0.0.1:7071/");

    /// <summary>
    /// Settings added to the stand-in's own environment for the worker, as app settings are in Azure (the host passes
    /// its whole environment on).
    /// </summary>
    public IReadOnlyDictionary<string, string> WorkerEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>The storage account of the static website ($web) and of the host's timer records (AzureWebJobsStorage).</summary>
    public string StorageConnectionString { get; init; } = "UseDevelopmentStorage=true";

    /// <summary>The static website's container.</summary>
    public string WebContainer { get; init; } = "$web";

    /// <summary>How long the worker has after the terminate message before it is killed.</summary>
    public TimeSpan TerminateGrace { get; init; } = HostTerminateGrace;

    /// <summary>How long the worker may take to start and load its functions.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Fire timer functions on their schedules; tests that fire them by hand turn it off.</summary>
    public bool RunTimers { get; init; } = true;

    /// <summary>The host's id: timer records are kept under it, so two apps on one storage account keep theirs apart.</summary>
    public string HostId { get; init; } = "hoststandin";

    /// <summary>Show the worker's log messages written outside any invocation, which the host drops (for diagnosis only).</summary>
    public bool ShowDroppedLogs { get; init; }

    /// <summary>The host's clock, for timer schedules.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
