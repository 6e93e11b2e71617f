using System.CommandLine;
using System.CommandLine.Help;
using MotCua.Publisher.Verbs;

namespace MotCua.Publisher.Cli;

/// <summary>
/// The verbs as a System.CommandLine tree: it gives every verb --help (in Vietnamese), refuses unknown options and
/// arguments, and answers shell completion (the <c>[suggest]</c> directive used by dotnet-suggest).
/// </summary>
internal static class CommandTree
{
    public const string Executable = "publisher";

    /// <summary>How the root is written, before a verb is chosen.</summary>
    public const string RootSynopsis = Placeholder.Verb + " [đối số] [tùy chọn]";

    public static RootCommand Create(IEnumerable<IVerb> verbs)
    {
        var root = new RootCommand("Dựng và đăng các trang thủ tục hành chính của bộ phận một cửa.");
        var synopses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var verb in verbs)
        {
            root.Subcommands.Add(CommandFor(verb));
            synopses[verb.Name] = verb.Usage;
        }

        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = VietnameseHelp.HelpOptionDescription;
                    help.Action = new VietnameseHelp(synopses);
                    break;
                case VersionOption version:
                    version.Description = VietnameseHelp.VersionOptionDescription;
                    break;
            }
        }

        return root;
    }

    public static ParseResult Parse(RootCommand root, string[] args) =>
        // A site folder named "@x" is a folder, not a response file: every argument is taken as written.
        root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

    /// <summary>The verb's arguments and options as the verbs read them (option names with their dashes).</summary>
    public static VerbArgs ArgsOf(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var positional = new List<string>();
        foreach (var argument in command.Arguments)
        {
            // A variadic argument (FILE...) adds all its words, in order, after the single ones before it.
            positional.AddRange(argument switch
            {
                Argument<string[]> many => result.GetValue(many) ?? [],
                Argument<string> one when result.GetValue(one) is { } value => [value],
                _ => [],
            });
        }

        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var option in command.Options)
        {
            if (result.GetResult(option) is not { Implicit: false } found)
            {
                continue;
            }

            options[option.Name] = option is Option<bool> ? null : found.GetValueOrDefault<string>();
        }

        return VerbArgs.Of(positional, options);
    }

    private static Command CommandFor(IVerb verb)
    {
        var command = new Command(verb.Name, verb.Summary);
        var syntax = VerbSyntax.FromUsage(verb.Usage, verb.Flags);
        foreach (var argument in syntax.Arguments)
        {
            command.Arguments.Add(argument.Many
                ? ManyOf(command, argument)
                : new Argument<string>(argument.Name)
                {
                    Description = OptionHelp.ForArgument(argument.Name),
                    Arity = argument.Required ? ArgumentArity.ExactlyOne : ArgumentArity.ZeroOrOne,
                });
        }

        foreach (var option in syntax.Options)
        {
            command.Options.Add(option.IsFlag
                ? new Option<bool>(option.Name) { Description = OptionHelp.ForOption(option.Name) }
                : new Option<string>(option.Name) { Description = OptionHelp.ForOption(option.Name), HelpName = option.ValueName });
        }

        return command;
    }

    /// <summary>
    /// A variadic argument (FILE...) would take a mistyped option as one more file: it is refused as the unknown option
    /// it is, with the option meant (a file whose name starts with '-' can be given as ./-name).
    /// </summary>
    private static Argument<string[]> ManyOf(Command command, VerbArgument argument)
    {
        var many = new Argument<string[]>(argument.Name)
        {
            Description = OptionHelp.ForArgument(argument.Name),
            Arity = argument.Required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
        };
        many.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-')))
            {
                result.AddError(UsageErrors.UnknownOption(token.Value, command));
            }
        });
        return many;
    }
}
