using System.CommandLine;
using System.CommandLine.Invocation;

namespace MotCua.Publisher.Cli;

/// <summary>
/// `--help` in Vietnamese. System.CommandLine 3.0 keeps its help builder and its English headings internal (and ships
/// no Vietnamese resources), so the supported way is to replace the help option's action; the text is made from the
/// same command tree, descriptions and synopses the parser uses, so the help cannot drift from what is accepted.
/// </summary>
internal sealed class VietnameseHelp(IReadOnlyDictionary<string, string> synopses) : SynchronousCommandLineAction
{
    public const string HelpOptionDescription = "Xem hướng dẫn này";
    public const string VersionOptionDescription = "Xem số phiên bản của publisher";

    /// <summary>`publisher build --help` shows help even though SITE_DIR is missing.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
        return CommandLine.Ok;
    }

    private void Write(Command command, TextWriter output)
    {
        var synopsis = command is RootCommand ? CommandTree.RootSynopsis : synopses[command.Name];
        var options = command.Options
            .Concat(command.Parents.OfType<Command>().SelectMany(parent => parent.Options).Where(o => o.Recursive))
            .Where(o => !o.Hidden)
            .Select(o => (OptionLabel(o), o.Description))
            .ToList();
        Section(output, "Mô tả:", [$"  {command.Description}"]);
        Section(output, "Cách dùng:", [$"  {CommandTree.Executable} {synopsis}"]);
        Section(output, "Đối số:", Columns(command.Arguments.Select(a => (a.Name, a.Description))));
        Section(output, "Lệnh:", Columns(command.Subcommands.Select(c => (c.Name, c.Description))));
        Section(output, "Tùy chọn:", Columns(options));
        if (command is RootCommand)
        {
            output.WriteLine($"Hướng dẫn riêng của từng lệnh: {CommandTree.Executable} {Placeholder.Verb} --help");
        }
    }

    private static string OptionLabel(Option option)
    {
        // The help option also answers /? and /h, Windows spellings that would only puzzle an editor here.
        var names = string.Join(", ", option.Aliases.Append(option.Name).Where(n => n[0] != '/').OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal));
        return option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool) ? $"{names} {option.HelpName}" : names;
    }

    private static List<string> Columns(IEnumerable<(string Label, string? Description)> rows)
    {
        var list = rows.ToList();
        var width = list.Count == 0 ? 0 : list.Max(r => r.Label.Length) + 2;
        return list.ConvertAll(r => $"  {r.Label.PadRight(width)}{r.Description}".TrimEnd());
    }

    private static void Section(TextWriter output, string heading, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        output.WriteLine(heading);
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        output.WriteLine();
    }
}
