using System.Text;
using MotCua.Domain.Codes;
using MotCua.Publisher.Cli;

namespace MotCua.Publisher.Verbs;

/// <summary>
/// `assign SITE_DIR [--placement TEXT]`: a code for every board, counter and active procedure that has none,
/// appended to codes.yaml without touching the lines already there.
/// </summary>
public sealed class AssignVerb : IVerb
{
    public string Name => "assign";

    public string Usage => $"assign {Placeholder.SiteDir} [--placement {Placeholder.Placement}]";

    public string Summary => "Cấp mã QR cho các bảng, quầy và thủ tục chưa có mã, ghi thêm vào cuối codes.yaml";

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var siteDir = args.Required(0, Placeholder.SiteDir);
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
            await stdout.WriteLineAsync("mọi bảng, quầy và thủ tục đều đã có mã QR");
            return CommandLine.Ok;
        }

        await CodeRegistryFile.AppendAsync(siteDir, added, cancellationToken);

        foreach (var code in added)
        {
            await stdout.WriteLineAsync($"{code.Code}\t{CodeKinds.Word(code.Kind)}\t{code.Target}\t{code.Placement}");
        }

        await stdout.WriteLineAsync($"đã thêm {added.Count} mã QR vào {registry.SourcePath}");
        return CommandLine.Ok;
    }
}
