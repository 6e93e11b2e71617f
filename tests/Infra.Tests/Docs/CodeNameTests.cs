using MotCua.TestSupport;

namespace MotCua.Infra.Tests.Docs;

public sealed class CodeNameTests
{
    [Fact]
    public void Every_type_file_and_folder_the_README_and_docs_name_in_backticks_exists()
    {
        var docs = DocumentationFiles.All(RepositoryPaths.Root).Where(f => f == "README.md" || f.StartsWith("docs/", StringComparison.Ordinal)).ToList();
        Assert.Contains("docs/architecture.md", docs);

        var missing = CodeNameChecker.Check(RepositoryPaths.Root, docs);

        Assert.True(missing.Count == 0, $"{missing.Count} name(s) the tree does not have:\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void A_stale_type_member_file_or_folder_is_reported_with_its_line_and_prose_is_not_checked()
    {
        var root = Directory.CreateTempSubdirectory("doc-names-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "functions", "Scan"));
            File.WriteAllText(Path.Combine(root.FullName, "functions", "Scan", "ScanRecorder.cs"), "class ScanRecorder { void Record() { var c = new TableClient(); } }");
            File.WriteAllText(Path.Combine(root.FullName, "a.md"), """
                `functions/Scan/ScanRecorder.cs` `ScanRecorder.Record` `TableClient` `ScanRecorder.cs` `GET /s/{code}` `Scan:BatchInterval`
                `functions/Scan/Gone.cs` `functions/Hosting/` `ScanWriter` `ScanRecorder.Write` `Gone.cs` `functions/<x>/y.cs` `infra/local/node_modules`
                """);

            var missing = CodeNameChecker.Check(root.FullName, ["a.md"]);

            Assert.Equal(
                ["2: functions/Scan/Gone.cs", "2: functions/Hosting/", "2: ScanWriter", "2: ScanRecorder.Write", "2: Gone.cs"],
                missing.Select(m => $"{m.Line}: {m.Name}"));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
