namespace MotCua.TestSupport;

/// <summary>The collection of tests that must not share the machine with other tests while they run (see its definition).</summary>
public static class TimingCollection
{
    public const string Name = "Timing";
}
