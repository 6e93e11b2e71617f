namespace MotCua.Domain.Surveys;

/// <summary>
/// Phone and ID numbers however they are written. A run is a sequence of digit groups joined by at most
/// <see cref="MaxSeparators"/> spaces, dots, dashes or brackets (09 12 34 56 78, 0 912 345 678, (0206) 3852 123,
/// 001.203.012.345); letters around it do not matter (sdt0912345678). Inside a run, groups whose digits, separators
/// removed, make a phone number are masked as one; what is left of the run is masked as an ID when it still holds
/// nine digits or more. Protected positions (dates, procedure codes, times, sums with their unit) end a run.
/// </summary>
internal static class NumberRuns
{
    /// <summary>Separator characters allowed between two groups: "09  12" (two spaces) and "(0206) 3852" are one run.</summary>
    public const int MaxSeparators = 3;

    /// <summary>Fewer digits than this is a count, a year or a short code, not a person's number.</summary>
    public const int MinIdDigits = 9;

    private sealed record Digits(int Start, int End);

    public static void Mask(NormalisedComment text, bool[] kept)
    {
        var copy = text.Copy;
        var at = 0;
        while (at < copy.Length)
        {
            if (!IsDigit(copy, at, kept))
            {
                at++;
                continue;
            }

            var groups = GroupsFrom(copy, at, kept);
            MaskRun(text, copy, groups);
            at = groups[^1].End;
        }
    }

    private static List<Digits> GroupsFrom(string copy, int start, bool[] kept)
    {
        var groups = new List<Digits>();
        var at = start;
        while (true)
        {
            var end = at;
            while (IsDigit(copy, end, kept))
            {
                end++;
            }

            groups.Add(new Digits(at, end));
            var next = end;
            while (next < copy.Length && next - end < MaxSeparators && IsSeparator(copy[next]) && !kept[next])
            {
                next++;
            }

            if (next == end || !IsDigit(copy, next, kept))
            {
                return groups;
            }

            at = next;
        }
    }

    private static void MaskRun(NormalisedComment text, string copy, List<Digits> groups)
    {
        var phone = new bool[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = groups.Count; j > i; j--)
            {
                if (IsPhone(DigitsOf(copy, groups, i, j)))
                {
                    Array.Fill(phone, true, i, j - i);
                    MaskGroups(text, copy, groups, i, j, CommentMask.Phone.Replacement);
                    i = j - 1;
                    break;
                }
            }
        }

        // What is left between phone numbers: an ID when it still has enough digits.
        for (var i = 0; i < groups.Count; i++)
        {
            if (phone[i])
            {
                continue;
            }

            var j = i;
            while (j < groups.Count && !phone[j])
            {
                j++;
            }

            if (DigitsOf(copy, groups, i, j).Length >= MinIdDigits)
            {
                MaskGroups(text, copy, groups, i, j, CommentMask.IdNumber.Replacement);
            }

            i = j;
        }
    }

    /// <summary>0 and 9–10 digits (mobile 10, landline 11), or 84 and 9–10 digits, with or without "+".</summary>
    private static bool IsPhone(string digits) =>
        (digits.StartsWith('0') && digits.Length is 10 or 11)
        || (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length is 11 or 12);

    private static string DigitsOf(string copy, List<Digits> groups, int from, int to) =>
        string.Concat(groups.Skip(from).Take(to - from).Select(g => copy[g.Start..g.End]));

    /// <summary>Masks groups [from, to) with what joins them; a "+" or "(" just before (as in "(+84) 912…") goes too.</summary>
    private static void MaskGroups(NormalisedComment text, string copy, List<Digits> groups, int from, int to, string replacement)
    {
        var start = groups[from].Start;
        while (start > 0 && copy[start - 1] is '+' or '(' && start > groups[from].Start - 2)
        {
            start--;
        }

        var end = groups[to - 1].End;
        var span = copy[start..end];
        if (end < copy.Length && copy[end] == ')' && span.Count(c => c == '(') > span.Count(c => c == ')'))
        {
            end++;
        }

        text.Mask(start, end - start, replacement);
    }

    private static bool IsDigit(string copy, int at, bool[] kept) => at < copy.Length && char.IsAsciiDigit(copy[at]) && !kept[at];

    private static bool IsSeparator(char c) => c is ' ' or '\t' or '.' or '-' or '(' or ')';
}
