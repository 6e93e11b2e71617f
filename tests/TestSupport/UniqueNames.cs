namespace MotCua.TestSupport;

/// <summary>Fresh table and container names so tests sharing one Azurite never see each other's data.</summary>
public static class UniqueNames
{
    /// <summary>Letters and digits only, starting with a letter (table rules), e.g. <c>scans3f9a…</c>.</summary>
    public static string Table(string prefix = "t")
    {
        var name = new string(prefix.Where(char.IsAsciiLetterOrDigit).ToArray());
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
            name = "t" + name;
        return (name + Guid.NewGuid().ToString("N"))[..Math.Min(63, name.Length + 16)];
    }

    /// <summary>Lower-case letters, digits and '-' (container rules), e.g. <c>site-3f9a…</c>.</summary>
    public static string Container(string prefix = "c")
    {
        var name = new string(prefix.ToLowerInvariant().Where(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-').ToArray()).Trim('-');
        if (name.Length == 0)
            name = "c";
        return (name + "-" + Guid.NewGuid().ToString("N"))[..Math.Min(63, name.Length + 17)];
    }
}
