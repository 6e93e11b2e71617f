namespace MotCua.Publisher.Verbs;

/// <summary>One publisher command, such as `validate` or `publish`.</summary>
public interface IVerb
{
    string Name { get; }

    /// <summary>The synopsis printed by --help, e.g. "validate SITE_DIR".</summary>
    string Usage { get; }

    string Summary { get; }

    /// <summary>Options that take no value (e.g. "--dry-run"); every other option takes one.</summary>
    IReadOnlySet<string> Flags => new HashSet<string>(StringComparer.Ordinal);

    Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken);
}
