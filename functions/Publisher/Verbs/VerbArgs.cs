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

    public static VerbArgs Parse(string[] args, IReadOnlySet<string> flags)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                options[arg[..eq]] = arg[(eq + 1)..];
            }
            else if (flags.Contains(arg))
            {
                options[arg] = null;
            }
            else if (i + 1 < args.Length)
            {
                options[arg] = args[++i];
            }
            else
            {
                throw new UsageException($"option {arg} needs a value");
            }
        }

        return new VerbArgs(positional, options);
    }

    public bool Has(string option) => _options.ContainsKey(option);

    public string? Option(string option) => _options.TryGetValue(option, out var value) ? value : null;

    /// <summary>The positional argument at <paramref name="index"/>, or a usage error naming it.</summary>
    public string Required(int index, string name) =>
        index < Positional.Count ? Positional[index] : throw new UsageException($"missing {name}");
}
