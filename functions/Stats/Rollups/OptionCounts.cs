namespace MotCua.Domain.Stats;

/// <summary>The answers a counter's survey offers, by the index the form posts.</summary>
public static class SurveyOptions
{
    /// <summary>Option indexes the survey form posts: 0, 1 and 2.</summary>
    public const int Count = 3;

    /// <summary>Below this many answers a satisfaction share is not shown: too few to mean anything, and close to naming a person.</summary>
    public const int MinimumAnswersShown = 5;

    private static readonly string[] Labels = ["Rất hài lòng", "Hài lòng", "Không hài lòng"];

    public static string Label(int option) =>
        option >= 0 && option < Labels.Length ? Labels[option] : $"Lựa chọn {option}";

    /// <summary>Adds two per-option count lists, padding the shorter one with zeros.</summary>
    public static IReadOnlyList<long> Add(IReadOnlyList<long> left, IReadOnlyList<long> right)
    {
        var sum = new long[Math.Max(left.Count, right.Count)];
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = (i < left.Count ? left[i] : 0) + (i < right.Count ? right[i] : 0);
        }

        return sum;
    }

    /// <summary>A list of zeros with a one at <paramref name="option"/>, at least <see cref="Count"/> long.</summary>
    public static IReadOnlyList<long> One(int option)
    {
        var counts = new long[Math.Max(Count, option + 1)];
        counts[option] = 1;
        return counts;
    }
}
