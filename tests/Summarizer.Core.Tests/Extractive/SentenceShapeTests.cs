using Summarizer.Extractive;

namespace Summarizer.Core.Tests.Extractive;

public class SentenceShapeTests
{
    [Theory]
    [InlineData("They closed the bridge on Monday.")]
    [InlineData("However, the council disagreed.")]
    [InlineData("Despite these challenges, the ferry kept running.")]
    [InlineData("As a result, the vote was postponed.")]
    [InlineData("After that, crews left the site.")]
    [InlineData("In response, the union called a strike.")]
    [InlineData("Additionally, two lanes will stay shut.")]
    [InlineData("“This is unacceptable,” she said.")]
    [InlineData("\"We trust the harbour board to finish the work.\"")]
    [InlineData("“We will rebuild the pier before summer,” he said.")]
    [InlineData("We expect the pier to reopen in May.")]
    [InlineData("The latter has denied any wrongdoing.")]
    [InlineData("The last part depends on the river level in spring.")]
    [InlineData("The remaining 10% of the cost falls to the council.")]
    [InlineData("Both agreed to meet again in May.")]
    [InlineData("Together, these towns hold most of the valley's farms.")]
    [InlineData("On Tuesday, they voted to close the pier.")]
    [InlineData("Councillors are due to vote on it on Thursday.")]
    [InlineData("Harbour Minister Ilse Varga has said she will not sell it.")]
    [InlineData("Another challenged the mayor for the party's leadership and lost.")]
    [InlineData("Another 40 homes were flooded along the river road.")]
    [InlineData("Neither side would say when talks on the quay would resume.")]
    [InlineData("No ferry has been cancelled because of the strike, he said.")]
    [InlineData("The quay would reopen within a week, she told reporters.")]
    public void Sentences_that_lean_on_the_one_before_are_dangling(string sentence) =>
        Assert.True(SentenceShape.StartsDangling(sentence));

    [Theory]
    [InlineData("The Tarrow Bridge closed on Monday after a section gave way.")]
    [InlineData("On Tuesday, crews began removing the van from the canal.")]
    [InlineData("In Brackenford, about 18,000 vehicles a day use the bridge, the council said.")]
    [InlineData("Police said the two injured people were taken to hospital, and the road was closed.")]
    [InlineData("“We will rebuild the pier before summer,” Mayor Odile Brant said.")]
    [InlineData("The last ferry left Tormund at nine on Sunday evening.")]
    [InlineData("Harbour Minister Ilse Varga, who visited the quay on Monday, said the port would pay for repairs.")]
    [InlineData("The council approved the harbour plan in May and withdrew it in June.")]
    [InlineData("Corvel Shipping said it would pay for the repairs.")]
    [InlineData("No ferry has been cancelled because of the strike, harbour master Lene Ostby said.")]
    [InlineData("The harbour board, which runs the quay, said it added two ferries in May.")]
    [InlineData("“We can hear them, and they can hear us,” said rescue chief Sven Lunde.")]
    public void Sentences_that_stand_alone_are_not(string sentence) =>
        Assert.False(SentenceShape.StartsDangling(sentence));

    [Theory]
    [InlineData("1996 : Named harbour minister in the Pell government.")]
    [InlineData("1984-90 : Serves as mayor of Tormund for two terms.")]
    [InlineData("Oct. 9, 2004: Appointed to lead the port board in Kestel.")]
    public void Timeline_entries_are_not_sentences_to_select(string line) =>
        Assert.False(SentenceShape.IsSelectable(line, line.Split(' ').Length, 60));

    [Theory]
    [InlineData("In 1996 the council named Ilse Varga harbour minister.")]
    [InlineData("The ferry leaves at 10:30 on weekdays and at noon on Sundays.")]
    [InlineData("Mayor Odile Brant said: the pier will reopen in 2027.")]
    public void Sentences_with_a_year_or_a_colon_stay_selectable(string sentence) =>
        Assert.True(SentenceShape.IsSelectable(sentence, sentence.Split(' ').Length, 60));
}

public class WireDatelineTests
{
    [Fact]
    public void The_sentence_table_starts_a_sentence_after_its_dateline_and_keeps_its_span_true()
    {
        var articles = new[]
        {
            Stories.Article(1, "HARBURG, Tuesday 3 March 2026 (XNA) - Storm surge flooded the Harburg quay and forced 200 families from their homes overnight. Harbour master Lene Ostby said pumps would run for two days."),
            Stories.Article(2, "Storm surge flooded the quay at Harburg on Tuesday and 200 families left their homes. The harbour master, Lene Ostby, said the pumps would run for two days."),
        };
        var table = new SentenceTable(articles, maxSentenceWords: 60);

        var first = table.Sentences[0];
        Assert.StartsWith("Storm surge flooded the Harburg quay", first.Text, StringComparison.Ordinal);
        Assert.Equal(first.Text, articles[0].Text[first.Start..first.End]);
    }
}
