using Summarizer.Evaluation.Trust.Keys;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Evaluation.Trust;

public sealed class TrustKeyLoaderTests : IDisposable
{
    private static readonly string Source = Path.Combine(RepoPaths.Root, "tests", "trust-cases");
    private readonly string _dir = Directory.CreateTempSubdirectory("trust-keys-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // A copy of tests/trust-cases/01-port-wenna whose key has been edited by `edit`.
    private async Task<Exception?> LoadEditedAsync(Func<string, string> edit, Action<string>? changeFolder = null)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "01-port-wenna")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(Source, "01-port-wenna")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        changeFolder?.Invoke(folder);
        var keyFile = Path.Combine(_dir, "01-port-wenna.key.yaml");
        await File.WriteAllTextAsync(keyFile, edit(await File.ReadAllTextAsync(Path.Combine(Source, "01-port-wenna.key.yaml"))));
        return await Record.ExceptionAsync(async () => await TrustCases.OpenAsync(await TrustCases.ReadKeyAsync(keyFile, CancellationToken.None), keyFile, CancellationToken.None));
    }

    [Fact]
    public async Task The_unedited_key_loads_with_every_section()
    {
        Assert.Null(await LoadEditedAsync(k => k));
        var keyFile = Path.Combine(Source, "01-port-wenna.key.yaml");
        var key = await TrustCases.ReadKeyAsync(keyFile, CancellationToken.None);

        Assert.Equal(("01-port-wenna", "dev", 4), (key.Case, key.Set, key.Articles.Count));
        Assert.Equal([new NearCopy("b.txt", "a.txt")], key.NearCopies);
        Assert.Equal(3, key.Disagreements[0].Versions.Count);
        Assert.Equal("has risen to", key.Updates[0].Marker);
        Assert.Equal(["b.txt"], key.SingleSources[0].Copies);
        Assert.Equal(["c.txt"], key.Traps[0].Not);
    }

    [Fact]
    public async Task A_says_string_not_in_its_file_names_the_case_file_and_entry()
    {
        var error = await LoadEditedAsync(k => k.Replace("c.txt: \"Fourteen people died\"", "c.txt: \"Fifteen people died\"", StringComparison.Ordinal));

        var e = Assert.IsType<TrustKeyException>(error);
        Assert.Contains("01-port-wenna.key.yaml", e.Message, StringComparison.Ordinal);
        Assert.Contains("entry d1", e.Message, StringComparison.Ordinal);
        Assert.Contains("c.txt: \"Fifteen people died\" does not occur in the file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whitespace_is_collapsed_before_the_verbatim_check()
    {
        Assert.Null(await LoadEditedAsync(k => k.Replace("\"Fourteen people died\"", "\"Fourteen   people\\n died\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_forms_string_is_checked_too()
    {
        var e = Assert.IsType<TrustKeyException>(await LoadEditedAsync(k => k.Replace("c.txt: \"25 million euros\"", "c.txt: \"EUR 25m\"", StringComparison.Ordinal)));

        Assert.Contains("entry v1: forms c.txt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_value_its_own_says_strings_never_write_is_an_error()
    {
        // "Anna Berg" is in the says text; a value naming someone the text never names could never be matched in a brief.
        var e = Assert.IsType<TrustKeyException>(await LoadEditedAsync(k => k.Replace("value: \"Chief Anna Berg\"", "value: \"Chief Anna Lindqvist\"", StringComparison.Ordinal)));

        Assert.Contains("version 'Chief Anna Lindqvist' is not stated by any of its says strings", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_value_with_a_title_its_text_does_not_write_is_stated()
    {
        Assert.Null(await LoadEditedAsync(k => k.Replace("value: \"Chief Anna Berg\"", "value: \"Fire Chief Anna Berg\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_folder_file_the_key_does_not_list_is_an_error()
    {
        var e = Assert.IsType<TrustKeyException>(await LoadEditedAsync(k => k, folder => File.WriteAllText(Path.Combine(folder, "e.txt"), "Extra\n\nMore text.")));

        Assert.Contains("articles: the folder holds e.txt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_listed_file_missing_from_the_folder_is_an_error()
    {
        var e = Assert.IsType<TrustKeyException>(await LoadEditedAsync(k => k, folder => File.Delete(Path.Combine(folder, "d.txt"))));

        Assert.Contains("d.txt is not in the folder", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_field_names_the_entry()
    {
        var e = Assert.IsType<TrustKeyException>(await LoadEditedAsync(k => k.Replace("    match: [rebuild]\n", string.Empty, StringComparison.Ordinal)));

        Assert.Contains("entry s2: 'match' is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_id_is_an_error()
    {
        var e = Assert.IsType<TrustKeyException>(await LoadEditedAsync(k => k.Replace("  - id: s2", "  - id: s1", StringComparison.Ordinal)));

        Assert.Contains("entry s1 in single_source: the id is used twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_naming_another_case_is_an_error()
    {
        var e = Assert.IsType<TrustKeyException>(await LoadEditedAsync(k => k.Replace("case: 01-port-wenna", "case: 09-other", StringComparison.Ordinal)));

        Assert.Contains("case is '09-other'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_source_whose_says_is_not_file_plus_copies_is_an_error()
    {
        var e = Assert.IsType<TrustKeyException>(await LoadEditedAsync(k => k.Replace("    copies: [b.txt]\n", string.Empty, StringComparison.Ordinal)));

        Assert.Contains("entry s1: says names a.txt, b.txt but file and copies are a.txt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_is_an_error_naming_the_key()
    {
        var e = Assert.Throws<TrustKeyException>(() => TrustKeyParser.Parse("case: [unclosed", "x.key.yaml"));

        Assert.StartsWith("x.key.yaml: not valid YAML", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_articles_are_checked_in_their_title_and_text()
    {
        var article = CaseArticles.Read("a.json", """{"title":"Flood   toll rises","outlet":"X","text":"The toll\nhas risen to 11."}""");

        Assert.Equal(["Flood toll rises", "The toll has risen to 11."], article.Parts);
        Assert.Equal("Flood   toll rises\n\nThe toll\nhas risen to 11.", article.Full);
    }
}
