using System.CommandLine;
using System.CommandLine.Parsing;
using MotCua.Domain.Text;

namespace MotCua.Publisher.Cli;

/// <summary>
/// What was wrong with a command line, in the publisher's own words: an unknown option names the option it
/// probably meant, so a mistyped `--acount-url` never silently falls back to the local emulator.
/// </summary>
internal static class UsageErrors
{
    public static IReadOnlyList<string> Describe(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var lines = new List<string>();
        var afterUnknownOption = false;
        foreach (var token in result.UnmatchedTokens)
        {
            // The word after an unknown option is most likely its value: one line about the option says it all.
            if (!afterUnknownOption || token.StartsWith('-'))
            {
                lines.Add(token.StartsWith('-') ? UnknownOption(token, command) : $"unexpected argument '{token}'");
            }

            afterUnknownOption = token.StartsWith('-') && !token.Contains('=', StringComparison.Ordinal);
        }

        var missing = command.Arguments
            .Where(a => a.Arity.MinimumNumberOfValues > 0 && result.GetResult(a) is null or { Tokens.Count: 0 })
            .ToList();
        lines.AddRange(missing.Select(a => $"missing {a.Name}"));
        foreach (var error in result.Errors)
        {
            var known = error.SymbolResult is ArgumentResult { Argument: var argument } && missing.Contains(argument)
                || (error.SymbolResult is CommandResult && (missing.Count > 0 || command is RootCommand))
                || result.UnmatchedTokens.Any(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal));
            if (!known)
            {
                lines.Add(error.Message);
            }
        }

        return lines;
    }

    public static string UnknownOption(string token, Command command)
    {
        var name = token.Split('=', 2)[0];
        if (command is RootCommand)
        {
            return $"unknown option '{name}'; options come after the verb: publisher VERB --help";
        }

        var names = command.Options.Select(o => o.Name).Where(n => !n.StartsWith("-h", StringComparison.Ordinal) && n != "-?").ToList();
        return EditDistance.Suggest(name, names) is { } meant
            ? $"unknown option '{name}'; did you mean '{meant}'?"
            : $"unknown option '{name}'; this verb takes: {string.Join(", ", names)}";
    }
}
