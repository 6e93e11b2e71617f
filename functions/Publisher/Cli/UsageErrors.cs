using System.CommandLine;
using System.CommandLine.Parsing;
using MotCua.Domain.Text;
using MotCua.Publisher.Verbs;

namespace MotCua.Publisher.Cli;

/// <summary>
/// What was wrong with a command line, in the editors' words and with the fix: an unknown option names the option it
/// probably meant, so a mistyped `--acount-url` never silently falls back to the local emulator. System.CommandLine's
/// own messages are English and cannot be localized from outside, so each error it can raise for our verbs is
/// recognised by its kind (which symbol, how many values) and said again here.
/// </summary>
internal static class UsageErrors
{
    /// <summary>
    /// Every line of a usage error, then how the verb is written and where its help is. The "error: " prefix stays
    /// English on purpose: CI and editors' tools look for it, as they do in the diagnostics of validate.
    /// </summary>
    public static async Task WriteAsync(TextWriter stderr, IEnumerable<string> lines, IVerb? verb)
    {
        foreach (var line in lines)
        {
            await stderr.WriteLineAsync($"error: {line}");
        }

        await stderr.WriteLineAsync($"cách dùng: {CommandTree.Executable} {verb?.Usage ?? CommandTree.RootSynopsis}");
        await stderr.WriteLineAsync(verb is null ? $"xem thêm: {CommandTree.Executable} --help" : $"xem thêm: {CommandTree.Executable} {verb.Name} --help");
    }

    public static IReadOnlyList<string> Describe(ParseResult result, IVerb? verb)
    {
        var command = result.CommandResult.Command;
        var lines = new List<string>();
        var afterUnknownOption = false;
        foreach (var token in result.UnmatchedTokens)
        {
            // The word after an unknown option is most likely its value: one line about the option says it all.
            if (!afterUnknownOption || token.StartsWith('-'))
            {
                lines.Add(token.StartsWith('-') ? UnknownOption(token, command) : UnexpectedArgument(token, NeededOptionLeft(result, verb)));
            }

            afterUnknownOption = token.StartsWith('-') && !token.Contains('=', StringComparison.Ordinal);
        }

        var missing = command.Arguments
            .Where(a => a.Arity.MinimumNumberOfValues > 0 && result.GetResult(a) is null or { Tokens.Count: 0 })
            .ToList();
        lines.AddRange(missing.Select(a => Missing(a.Name)));
        foreach (var error in result.Errors)
        {
            // Unmatched words and missing arguments are told above; the root's "no verb" is told by the usage line.
            var told = error.SymbolResult is ArgumentResult { Argument: var argument } && missing.Contains(argument)
                || error.SymbolResult is CommandResult && (missing.Count > 0 || command is RootCommand || result.UnmatchedTokens.Count > 0);
            if (!told)
            {
                lines.Add(Translate(error));
            }
        }

        return lines;
    }

    public static string UnknownVerb(string word, IEnumerable<string> verbs)
    {
        var names = verbs.ToList();
        return EditDistance.Suggest(word, names) is { } meant
            ? $"không có lệnh '{word}'; có phải ý bạn là '{meant}'?"
            : $"không có lệnh '{word}'; các lệnh có: {string.Join(", ", names)}";
    }

    public static string UnknownOption(string token, Command command)
    {
        var name = token.Split('=', 2)[0];
        if (command is RootCommand)
        {
            return $"không có tùy chọn '{name}' ở đây: tùy chọn ghi sau tên lệnh, xem publisher {Placeholder.Verb} --help";
        }

        var names = command.Options.Select(o => o.Name).ToList();
        if (names.Contains(name, StringComparer.Ordinal))
        {
            // Only after "--", where every word is taken as an argument.
            return UnexpectedArgument(token);
        }

        return EditDistance.Suggest(name, names) is { } meant
            ? $"không có tùy chọn '{name}'; có phải ý bạn là '{meant}'?"
            : $"không có tùy chọn '{name}'; lệnh này chỉ nhận: {string.Join(", ", names)}";
    }

    /// <summary>A word too many; when the verb has one option with a value left to give, the word is most likely its value.</summary>
    public static string UnexpectedArgument(string token, string? neededOptionLeft = null) => neededOptionLeft is null
        ? $"thừa '{token}': lệnh không cần thêm từ này; nếu đó là giá trị của một tùy chọn, ghi tên tùy chọn ngay trước nó"
        : $"thừa '{token}'; có phải ý bạn là '{neededOptionLeft} {token}'?";

    /// <summary>The one option the verb needs that was not given, e.g. --out for `build site /tmp/o2`.</summary>
    private static string? NeededOptionLeft(ParseResult result, IVerb? verb)
    {
        var given = result.CommandResult.Command.Options.Where(o => result.GetResult(o) is not null).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var left = verb is null ? [] : VerbSyntax.FromUsage(verb.Usage, verb.Flags).Options.Where(o => o.Required && !given.Contains(o.Name)).ToList();
        return left.Count == 1 ? left[0].Name : null;
    }

    /// <summary>A missing argument (SITE_DIR) or option (--out DIR), with what to write there.</summary>
    public static string Missing(string what) =>
        (OptionHelp.ForArgument(what) ?? OptionHelp.ForOption(what.Split(' ')[0])) is { } meaning
            ? $"thiếu {what} ({meaning})"
            : $"thiếu {what}";

    private static string Translate(ParseError error) => error.SymbolResult switch
    {
        OptionResult { Option: var option, Tokens.Count: 0 } => Missing($"{option.Name} {option.HelpName}") + $": ghi giá trị ngay sau {option.Name}",
        OptionResult { Option: var option, Tokens.Count: var count } =>
            $"{option.Name} được ghi {count} lần ({string.Join(", ", error.SymbolResult.Tokens.Select(t => $"'{t.Value}'"))}): chỉ ghi một lần",

        // Our own check of a list of files (an unknown option among them) already speaks Vietnamese.
        ArgumentResult => error.Message,
        _ => $"không hiểu dòng lệnh này (chi tiết: {error.Message})",
    };
}
