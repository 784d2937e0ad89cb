using System.Text.RegularExpressions;

namespace Summarizer.Cleaning;

/// <summary>Where a <see cref="NoiseRule"/> applies.</summary>
internal enum RuleScope
{
    /// <summary>The pattern is removed wherever it occurs inside a line.</summary>
    Inline,

    /// <summary>A paragraph whose whole trimmed text matches is removed.</summary>
    Paragraph,
}

/// <summary>One named, data-driven noise rule; its name is what the cleaning report shows.</summary>
internal sealed record NoiseRule(string Name, RuleScope Scope, Regex Pattern);

/// <summary>
/// The table of pattern rules, plus the names of the structural rules the cleaner applies in code
/// (they need position or context: title, tails, sign-offs). Patterns are simple and compiled with
/// <see cref="RegexOptions.NonBacktracking"/>, so no input can make them run away.
/// </summary>
internal static class NoiseRules
{
    public const string Title = "title";
    public const string DuplicateHeadline = "duplicate-headline";
    public const string DuplicateParagraph = "duplicate-paragraph";
    public const string AuthorBio = "author-bio";
    public const string CommentSection = "comment-section";
    public const string SignOff = "sign-off";
    public const string Credit = "credit-line";
    public const string TagLine = "tag-line";
    public const string PressBoilerplate = "press-boilerplate";
    public const string InvisibleCharacters = "invisible-characters";
    public const string MarkdownSyntax = "markdown-syntax";
    public const string HtmlBoilerplate = "html-boilerplate";

    private const RegexOptions Options =
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>Rules applied inside lines, in order.</summary>
    public static readonly IReadOnlyList<NoiseRule> Inline =
    [
        Rule("citation-artifact", RuleScope.Inline,
            @":?contentReference\[oaicite:\d{1,6}\]\{index=\d{1,6}\}|\[oaicite:\d{1,6}\]|【[^】\n]{0,80}】|\[\d{1,3}(, ?\d{1,3}){0,5}\]|\[citation needed\]"),
        Rule("photo-credit", RuleScope.Inline,
            @"\((photo|photos|image|picture|credit|file photo)\b[^()\n]{0,80}\)|\((getty images|afp|ap photo|shutterstock|reuters/[^()\n]{1,40})\)"),
    ];

    /// <summary>Rules that remove a whole paragraph (after bullets and quote markers are stripped).</summary>
    public static readonly IReadOnlyList<NoiseRule> Paragraph =
    [
        Rule("advertisement", RuleScope.Paragraph, @"^(advertisement|advertising|sponsored|sponsored content|ad|paid content|story continues below( advertisement)?|anzeige|werbung|publicidad|publicité|pubblicità)$"),
        Rule("read-more", RuleScope.Paragraph,
            @"^(don[’']?t miss|must read|trending now|most popular|more:.{0,150}|watch:.{0,150}|to read the full story.{0,60}|read more|read more:.{0,150}|read next:?.{0,150}|also read:.{0,150}|related:.{0,150}|see also:.{0,150}|continue reading.{0,60}|more stories|recommended( for you)?|related (articles|stories|coverage|content)|(lesen sie auch|mehr zum thema|auch interessant|lee también|leer más|lea también|lire aussi|à lire aussi|leggi anche):.{0,150})$"),
        Rule("share-this", RuleScope.Paragraph,
            @"^(share|share this( article| story| post| page)?|share on (facebook|twitter|x|linkedin|whatsapp|reddit)|tweet|print|copy link|email this( article| story)?)$"),
        Rule("newsletter", RuleScope.Paragraph,
            @"^((sign up|subscribe)\b.{0,100}\b(newsletter|updates|inbox|alerts)\b.{0,60}|get (our|the) .{0,60}newsletter.{0,60}|.{0,120}\b(subscribing|subscribe|sign up)\b.{0,40}\bnewsletter\b.{0,60}|you('ve| have) been successfully subscribed.{0,40}|thanks? (you )?for (subscribing|signing up).{0,60}|there was a problem (subscribing|signing you up).{0,200})$"),
        Rule("timestamp", RuleScope.Paragraph,
            @"^(((last )?updated|published|first published|posted)( on| at)?:? .{1,60}|\d{1,2}:\d{2}( ?[ap]\.?m\.?)?,? .{0,40}\b(19|20)\d{2}\b.{0,60})$"),
        Rule("follow-us", RuleScope.Paragraph, @"^follow (us|@\w{1,30}|[a-z .]{1,40}) on [a-z ,&@.]{1,60}\.?$"),
        Rule("photo-credit", RuleScope.Paragraph,
            @"^((photo|photos|image|picture|photograph|credit|photo credit|image credit)\s?[:|/].{0,160}|.{0,100}/ ?(getty images|afp|reuters|ap|shutterstock|ap photo))$"),
        Rule("summary-box-label", RuleScope.Paragraph, @"^(at a glance|in brief|quick read|tl;? ?dr)$"),
        Rule("comment-boilerplate", RuleScope.Paragraph,
            @"^(no comments yet.{0,80}|your email address will not be published.{0,120}|required fields are marked.{0,20}|post comment|cancel reply|join the (discussion|conversation)|be the first to comment.{0,20})$"),
        Rule("more-on-visit", RuleScope.Paragraph, @"^for more (on|about|information|news|coverage|updates)\b.{0,200}\bvisit\b.{0,100}$"),
        Rule("tag-list", RuleScope.Paragraph, @"^(tags|topics|filed under|categories)\s?:.{0,200}$"),
    ];

    /// <summary>Headings that open a comment section: it and everything after it is dropped.</summary>
    public static readonly Regex CommentHeading = new(
        @"^(leave a (comment|reply)|comments?|\d{1,6} comments?|comments \(\d{1,6}\)|add a comment|show comments|view comments)$", Options);

    /// <summary>"About Acme" closing a press release; the company blurb under it starts with the same name.</summary>
    public static readonly Regex AboutHeading = new(@"^About ([A-Z][\w&.’' -]{1,40})$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>
    /// A wire desk's credit line ("Reporting by A; Editing by B", "Additional reporting by C", Spanish, German,
    /// French and Italian forms): who worked on the copy, not what it says.
    /// </summary>
    public static readonly Regex CreditLine = new(
        @"^\(?(additional |further )?(reporting|reported|writing|written|editing|edited|compiled|fact-checking|graphics|reporte|redacción|editado|edición|redigiert|bearbeitet|mitarbeit|rédigé|édité|édition|a cura) (by|de|por|von|par|di)\b.{2,300}$|^\(?(reporting|editing|writing|redaktion|bearbeitung)\s?:.{2,300}$",
        Options);

    /// <summary>A credit names people: a capitalised word follows "by"/"de"/":" ("Reporting by the Gazette found…" is a sentence).</summary>
    public static readonly Regex CreditName = new(@"\b(by|de|por|von|par|di)\s+\p{Lu}|:\s*\p{Lu}", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>Headings that open an author bio box.</summary>
    public static readonly Regex AuthorHeading = new(@"^(author|about the author|about the authors|about the writer|the author)$", Options);

    /// <summary>A first-person or third-person bio line.</summary>
    public static readonly Regex BioLine = new(
        @"^((i'm|i’m|i am) .{0,120}\b(journalist|reporter|writer|editor|correspondent|columnist|author|blogger)\b|.{0,80}\b(is a|covers|has covered|writes about|reports on)\b.{0,200}\b(journalist|reporter|writer|editor|correspondent|columnist|grad|graduate|for \w+\.(com|org|net)))",
        Options);

    private static NoiseRule Rule(string name, RuleScope scope, string pattern) =>
        new(name, scope, new Regex(pattern, Options));
}
