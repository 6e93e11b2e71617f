using System.Text;

namespace MotCua.Domain.Surveys;

/// <summary>
/// The copy of a comment the mask searches: each character NFKC-normalised (full-width digits become 0–9, a
/// no-break or thin space a plain space, a ligature its letters), with a map from every copy position back to
/// the comment. Matches are found on the copy and cut out of the comment as typed, so what is kept reads as the
/// citizen wrote it. A masked span is blanked in the copy, so a later rule cannot reach across it.
/// </summary>
internal sealed class NormalisedComment
{
    /// <summary>Stands in for a masked span in the copy: neither a letter, a digit nor a separator.</summary>
    public const char Blank = '\uFFFC';

    private readonly string _original;
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];
    private readonly StringBuilder _copy = new();
    private readonly List<(int Start, int End, string Replacement)> _masks = [];

    public NormalisedComment(string original)
    {
        _original = original;
        var index = 0;
        foreach (var rune in original.EnumerateRunes())
        {
            var text = rune.ToString();
            var normal = text.Normalize(NormalizationForm.FormKC);
            foreach (var c in normal)
            {
                _copy.Append(c);
                _starts.Add(index);
                _ends.Add(index + text.Length);
            }

            index += text.Length;
        }
    }

    /// <summary>The normalised copy as it stands, masked spans blanked.</summary>
    public string Copy => _copy.ToString();

    /// <summary>Masks copy positions [start, start + length) with <paramref name="replacement"/>.</summary>
    public void Mask(int start, int length, string replacement)
    {
        if (length <= 0)
        {
            return;
        }

        for (var i = start; i < start + length; i++)
        {
            _copy[i] = Blank;
        }

        _masks.Add((_starts[start], _ends[start + length - 1], replacement));
    }

    /// <summary>The comment as typed, each masked span replaced.</summary>
    public string Result()
    {
        if (_masks.Count == 0)
        {
            return _original;
        }

        var result = new StringBuilder(_original.Length);
        var at = 0;
        foreach (var (start, end, replacement) in _masks.OrderBy(m => m.Start))
        {
            if (start < at)
            {
                // One character normalised into two, masked by two rules: the masks share it.
                at = Math.Max(at, end);
                continue;
            }

            result.Append(_original, at, start - at).Append(replacement);
            at = end;
        }

        return result.Append(_original, at, _original.Length - at).ToString();
    }
}
