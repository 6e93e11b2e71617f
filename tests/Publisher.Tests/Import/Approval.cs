using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Import;

/// <summary>Imported pages checked against approved files beside the tests; a difference leaves a .received file to review.</summary>
internal static class Approval
{
    public static void Verify(string name, string actual)
    {
        var approved = Path.Combine(RepositoryPaths.Tests, "Publisher.Tests", "Import", "Approved", name);
        var received = approved + ".received";
        if (!File.Exists(approved) || File.ReadAllText(approved) != actual)
        {
            File.WriteAllText(received, actual);
        }

        Assert.True(File.Exists(approved), $"no approved file; review {received} and rename it to {name}");
        Assert.Equal(File.ReadAllText(approved), actual);
    }
}
