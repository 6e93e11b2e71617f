namespace MotCua.Domain.Privacy;

/// <summary>
/// The smallest survey count the open data publishes for one counter on one day. On a day with two answers at a
/// counter, an officer there could tell who complained; from five on, an answer hides among the others. A counter's
/// day with fewer answers is left out of every published figure (not only hidden from one of them), and a day is
/// published only once it has ended, so no figure can be subtracted from another to find it.
/// </summary>
public static class SmallCounts
{
    public const int MinAnswers = 5;
}
