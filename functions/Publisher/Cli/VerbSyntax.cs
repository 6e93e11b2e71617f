namespace MotCua.Publisher.Cli;

/// <summary>
/// One positional argument of a verb, e.g. SITE_DIR; optional when the synopsis puts it in brackets, and taking every
/// remaining word when the synopsis ends it with "..." (e.g. FILE...).
/// </summary>
internal sealed record VerbArgument(string Name, bool Required, bool Many = false);

/// <summary>
/// One option of a verb: a flag (no value) or an option with a value named in the synopsis, e.g. `--out DIR`; needed
/// unless the synopsis puts it in brackets (the verb itself says so when it is left out).
/// </summary>
internal sealed record VerbOption(string Name, string? ValueName, bool Required = false)
{
    public bool IsFlag => ValueName is null;
}

/// <summary>
/// The grammar of a verb, read from its synopsis (`build SITE_DIR --out DIR`). The synopsis that --help prints is
/// the one source of truth, so what the parser accepts and what the help says can never drift apart.
/// </summary>
internal sealed record VerbSyntax(IReadOnlyList<VerbArgument> Arguments, IReadOnlyList<VerbOption> Options)
{
    /// <summary>Reads <paramref name="usage"/> after the verb's name; <paramref name="flags"/> are the options without a value.</summary>
    public static VerbSyntax FromUsage(string usage, IReadOnlySet<string> flags)
    {
        var tokens = usage.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var arguments = new List<VerbArgument>();
        var options = new List<VerbOption>();
        var depth = 0;
        for (var i = 1; i < tokens.Length; i++)
        {
            depth += tokens[i].Count(c => c == '[');
            var word = tokens[i].Trim('[', ']');
            if (word.StartsWith("--", StringComparison.Ordinal))
            {
                var valueName = flags.Contains(word) || i + 1 >= tokens.Length ? null : tokens[++i].Trim('[', ']');
                options.Add(new VerbOption(word, valueName, depth == 0));
                depth -= tokens[i].Count(c => c == ']');
                continue;
            }

            if (word.Length > 0 && word != "|")
            {
                var many = word.EndsWith("...", StringComparison.Ordinal);
                arguments.Add(new VerbArgument(many ? word[..^3] : word, depth == 0, many));
            }

            depth -= tokens[i].Count(c => c == ']');
        }

        return new VerbSyntax(arguments, options);
    }
}
