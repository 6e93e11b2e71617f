// Compiled into each test project that references TestSupport (see tests/Directory.Build.targets).
namespace MotCua.TestSupport;

/// <summary>
/// Tests that hold the app to a deadline (the host's 5 s of grace at a stop, a retry's timing): they run alone, after
/// the tests that run side by side, so two cores shared with other classes' workers do not decide their outcome.
/// </summary>
[Xunit.CollectionDefinition(TimingCollection.Name, DisableParallelization = true)]
public sealed class TimingCollectionDefinition;
