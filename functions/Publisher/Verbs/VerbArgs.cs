using MotCua.Publisher.Cli;

namespace MotCua.Publisher.Verbs;

/// <summary>Positional arguments and `--name value` options of one verb.</summary>
public sealed class VerbArgs
{
    private readonly Dictionary<string, string?> _options;

    private VerbArgs(IReadOnlyList<string> positional, Dictionary<string, string?> options)
    {
        Positional = positional;
        _options = options;
    }

    public IReadOnlyList<string> Positional { get; }

    /// <summary>Arguments already parsed (by System.CommandLine): option names keep their dashes, flags have no value.</summary>
    internal static VerbArgs Of(IReadOnlyList<string> positional, Dictionary<string, string?> options) => new(positional, options);

    public bool Has(string option) => _options.ContainsKey(option);

    public string? Option(string option) => _options.TryGetValue(option, out var value) ? value : null;

    /// <summary>The positional argument at <paramref name="index"/>, or a usage error naming it.</summary>
    public string Required(int index, string name) =>
        index < Positional.Count ? Positional[index] : throw new UsageException(UsageErrors.Missing(name));
}
