namespace MotCua.Publisher.Import;

/// <summary>The lines removed ("- ") and added ("+ ") between two texts, by longest common subsequence: short sections, so quadratic is fine.</summary>
internal static class LineDiff
{
    public static IEnumerable<string> Describe(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var (x, y) = (0, 0);
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                (x, y) = (x + 1, y + 1);
            }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                yield return "- " + a[x++];
            }
            else
            {
                yield return "+ " + b[y++];
            }
        }
    }
}
