namespace Shop.Domain.Catalog.Search;

/// <summary>How many typing mistakes lie between two words.</summary>
public static class EditDistance
{
    /// <summary>
    /// The Damerau–Levenshtein distance in its optimal-string-alignment form: the fewest
    /// insertions, deletions, substitutions and swaps of two neighbouring characters that turn one
    /// word into the other, no part edited twice (<c>gren</c> → <c>green</c> is 1, <c>teh</c> →
    /// <c>the</c> is 1). Past <paramref name="max"/> it stops counting and answers <c>max + 1</c>.
    /// </summary>
    public static int DamerauLevenshtein(string a, string b, int max = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var tooFar = max == int.MaxValue ? max : max + 1;
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return tooFar;
        }

        // Three rows of the classic table: the one before the previous is needed for swaps.
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var smallestInRow = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
                smallestInRow = Math.Min(smallestInRow, current[j]);
            }
            if (smallestInRow > max)
            {
                return tooFar;
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }
        return Math.Min(previous[b.Length], tooFar);
    }
}
