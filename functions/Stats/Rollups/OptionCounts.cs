using MotCua.Domain.Surveys;

namespace MotCua.Stats.Rollups;

/// <summary>Answers counted per option index, the index the survey form posts (see <see cref="SurveyChoices.Options"/>).</summary>
public static class OptionCounts
{
    /// <summary>Option indexes the survey offers today: every per-option list is at least this long.</summary>
    public static int Count => SurveyChoices.Options.Count;

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
