using System.Text;
using MotCua.Domain.Codes;

namespace MotCua.Publisher.Verbs;

/// <summary>
/// `assign SITE_DIR [--placement TEXT]`: a code for every board, counter and active procedure that has none,
/// appended to codes.yaml without touching the lines already there.
/// </summary>
public sealed class AssignVerb : IVerb
{
    public string Name => "assign";

    public string Usage => "assign SITE_DIR [--placement TEXT]";

    public string Summary => "thêm mã cho bảng niêm yết, quầy và thủ tục mới vào codes.yaml";

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var siteDir = args.Required(0, "SITE_DIR");
        var placement = args.Option("--placement")?.Trim().Normalize(NormalizationForm.FormC);
        if (placement is { Length: 0 })
        {
            throw new UsageException("--placement cần một dòng chữ, ví dụ \"Bảng niêm yết tầng 1\"");
        }

        if (await SiteCodes.LoadAsync(siteDir, stderr) is not var (site, registry))
        {
            return CommandLine.Failed;
        }

        var added = CodeAssigner.Assign(registry, site, placement);
        if (added.Count == 0)
        {
            await stdout.WriteLineAsync("mọi bảng, quầy và thủ tục đều đã có mã");
            return CommandLine.Ok;
        }

        await CodeRegistryFile.AppendAsync(siteDir, added, cancellationToken);

        foreach (var code in added)
        {
            await stdout.WriteLineAsync($"{code.Code}\t{code.Kind.ToString().ToLowerInvariant()}\t{code.Target}\t{code.Placement}");
        }

        await stdout.WriteLineAsync($"đã thêm {added.Count} mã vào {registry.SourcePath}");
        return CommandLine.Ok;
    }
}
