using System.Collections.Concurrent;

namespace MotCua.Publisher.Publishing;

/// <summary>
/// Writes the build's files, creating each folder once: a site of 40,000 pages has about 1,400 folders, and asking
/// the file system for a folder before every page costs more system calls than writing the page itself.
/// </summary>
internal sealed class OutputFolders
{
    private readonly ConcurrentDictionary<string, bool> _created = new(StringComparer.Ordinal);

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> (absolute, so no call resolves the working folder).</summary>
    public void Create(string path, byte[] bytes)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (!_created.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _created[folder] = true;
        }

        File.WriteAllBytes(path, bytes);
    }
}
