using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A report names an organisation once with what it is ("payments firm Corvell Pay") and then gives its words to "the
/// company"; a summary gives them to the name, or names it by its noun where the report writes the name. The speaker is
/// the same when the noun can mean that organisation only: a rival the noun may also mean, another body, or a person
/// are still caught. Every sentence is invented.
/// </summary>
public class OrganisationReferenceTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private const string Outage =
        "Shoppers in Brantwick could not pay by card on Monday after an outage at payments firm Corvell Pay.\n\n"
        + "Queues formed at tills across the town centre as the afternoon went on.\n\n"
        + "The company said the fault had been caused by a faulty network switch.\n\n"
        + "The shop workers' union said staff had been left to deal with angry customers.";

    [Fact]
    public void Words_the_report_gives_to_the_company_are_the_named_firms() =>
        Assert.Empty(Unsupported("Corvell said the fault had been caused by a faulty network switch.", Outage));

    [Fact]
    public void A_company_noun_that_may_mean_a_rival_firm_too_gives_its_words_to_neither() =>
        Assert.NotEmpty(Unsupported(
            "Corvell said the fault had been caused by a faulty network switch.",
            "Shoppers in Brantwick could not pay by card on Monday after an outage at payments firm Corvell Pay.\n\n"
            + "Corvell Pay buys its card terminals from the software company Lindqvist Systems.\n\n"
            + "Queues formed at tills across the town centre as the afternoon went on.\n\n"
            + "The company said the fault had been caused by a faulty network switch."));

    [Fact]
    public void Words_of_another_body_are_not_the_firms() =>
        Assert.NotEmpty(Unsupported("Corvell said staff had been left to deal with angry customers.", Outage));

    [Fact]
    public void Words_of_the_company_are_not_a_persons() =>
        Assert.NotEmpty(Unsupported("Tomas Reed said the fault had been caused by a faulty network switch.", Outage + "\n\nTomas Reed, a shopper, was turned away at a till."));

    [Fact]
    public void The_bank_is_the_named_lender_another_outlet_calls_a_bank() =>
        Assert.Empty(Checker.CheckClaim(
            new Claim("The bank has confirmed that 120 jobs are at risk.", [1]),
            [Article(1, "Staff at Halbrook Mutual were told of the cuts on Tuesday.\n\nHalbrook Mutual has confirmed that 120 jobs are at risk."),
             Article(2, "Halbrook Mutual Bank will close 30 of its branches, it said on Tuesday.")]));

    [Fact]
    public void The_bank_is_not_a_name_no_outlet_calls_a_bank() =>
        Assert.NotEmpty(Checker.CheckClaim(
            new Claim("The bank has confirmed that 120 jobs are at risk.", [1]),
            [Article(1, "Staff at Halbrook Mutual were told of the cuts on Tuesday.\n\nHalbrook Mutual has confirmed that 120 jobs are at risk."),
             Article(2, "Halbrook Mutual will close 30 of its branches, it said on Tuesday.")]));
}
