namespace Summarizer.Ingestion.Feeds;

/// <summary>Month names, full and abbreviated, in the languages news feeds are most often written in.</summary>
internal static class FeedMonths
{
    private static readonly string[][] ByMonth =
    [
        ["jan", "january", "januar", "jänner", "janv", "janvier", "ene", "enero", "gen", "gennaio", "januari", "janeiro"],
        ["feb", "february", "februar", "févr", "fevr", "février", "fevrier", "febrero", "febbraio", "februari", "fev", "fevereiro"],
        ["mar", "march", "märz", "maerz", "mrz", "mars", "marzo", "mrt", "maart", "março", "marco"],
        ["apr", "april", "avr", "avril", "abr", "abril", "aprile"],
        ["may", "mai", "mayo", "mag", "maggio", "mei", "maio"],
        ["jun", "june", "juni", "juin", "junio", "giu", "giugno", "junho"],
        ["jul", "july", "juli", "juil", "juillet", "julio", "lug", "luglio", "julho"],
        ["aug", "august", "août", "aout", "ago", "agosto", "augustus"],
        ["sep", "sept", "september", "septembre", "septiembre", "set", "settembre", "setembro"],
        ["oct", "october", "okt", "oktober", "octobre", "octubre", "ott", "ottobre", "out", "outubro"],
        ["nov", "november", "novembre", "noviembre", "novembro"],
        ["dec", "december", "dez", "dezember", "déc", "décembre", "decembre", "dic", "diciembre", "dicembre", "dezembro"],
    ];

    private static readonly Dictionary<string, int> Lookup = BuildLookup();

    public static bool TryParse(string token, out int month) => Lookup.TryGetValue(token.TrimEnd('.'), out month);

    private static Dictionary<string, int> BuildLookup()
    {
        var lookup = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < ByMonth.Length; i++)
        {
            foreach (var name in ByMonth[i])
            {
                lookup.TryAdd(name, i + 1);
            }
        }

        return lookup;
    }
}
