//! Inline suppression comments in a plan, as markdownlint has them:
//!
//! - `<!-- specdesk-disable -->` turns every rule off from there on; `<!-- specdesk-disable
//!   SD012 missing-label -->` only those (codes or names, separated by spaces or commas);
//! - `<!-- specdesk-enable … -->` turns them (or all) back on;
//! - `<!-- specdesk-disable-line … -->` for the line the comment is on;
//! - `<!-- specdesk-disable-next-line … -->` for the line after the comment.
//!
//! A diagnostic is judged by where it starts. Comments inside code blocks are not directives
//! (the plan parser does not record them as comments). An unknown rule in a directive is
//! ignored, so that a typo never hides more than asked.

use crate::diagnostic::Diagnostic;
use crate::plan::Comment;
use crate::validate::Rule;

/// Which rules a directive names: all of them, or these.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Rules {
    All,
    Only(Vec<Rule>),
}

impl Rules {
    fn covers(&self, code: &str) -> bool {
        match self {
            Rules::All => true,
            Rules::Only(rules) => rules.iter().any(|r| r.code() == code),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Disable,
    Enable,
    DisableLine,
    DisableNextLine,
}

/// A directive found in a comment: what it does, to which rules, from where.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Directive {
    kind: Kind,
    rules: Rules,
    /// Byte offset of the comment's start.
    start: usize,
    /// 1-based lines of the comment's start and end.
    line: u32,
    end_line: u32,
}

/// The directive in `comment`'s text (`specdesk-disable SD012`), if it is one.
fn directive(comment: &Comment) -> Option<Directive> {
    let mut words = comment
        .text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    let kind = match words.next()? {
        "specdesk-disable" => Kind::Disable,
        "specdesk-enable" => Kind::Enable,
        "specdesk-disable-line" => Kind::DisableLine,
        "specdesk-disable-next-line" => Kind::DisableNextLine,
        _ => return None,
    };
    let named: Vec<&str> = words.collect();
    let rules = if named.is_empty() {
        Rules::All
    } else {
        Rules::Only(named.iter().filter_map(|w| Rule::from_code_or_name(w)).collect())
    };
    Some(Directive {
        kind,
        rules,
        start: comment.span.start,
        line: comment.span.line,
        end_line: comment.span.end_line,
    })
}

/// `diagnostics` without those the plan's suppression comments (`comments`, in document
/// order) turn off.
pub fn apply(comments: &[Comment], diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let directives: Vec<Directive> = comments.iter().filter_map(directive).collect();
    if directives.is_empty() {
        return diagnostics;
    }
    diagnostics
        .into_iter()
        .filter(|d| !suppressed(&directives, d))
        .collect()
}

fn suppressed(directives: &[Directive], d: &Diagnostic) -> bool {
    let (line, code) = (d.span.line, d.code.as_str());
    // The disable/enable directives before the diagnostic, the last one naming its rule wins.
    let mut off = false;
    for directive in directives.iter().filter(|x| x.start < d.span.start) {
        match directive.kind {
            Kind::Disable if directive.rules.covers(code) => off = true,
            Kind::Enable if directive.rules.covers(code) => off = false,
            _ => {}
        }
    }
    off || directives.iter().any(|x| {
        x.rules.covers(code)
            && match x.kind {
                Kind::DisableLine => (x.line..=x.end_line).contains(&line),
                Kind::DisableNextLine => x.end_line + 1 == line,
                Kind::Disable | Kind::Enable => false,
            }
    })
}

#[cfg(test)]
mod tests {
    use crate::template::{Template, TemplateSource};
    use crate::validate::{validate_plan, PlanContext};

    const TEMPLATE: &str =
        "# Plan: [FEATURE]\n\n**Date**: [DATE]\n\n## Summary\n\n[Summary]\n\n## Risks\n\n[Risks]\n";

    fn codes(plan: &str) -> Vec<(String, u32)> {
        let template = Template::from_text(TEMPLATE.to_string(), TemplateSource::BuiltinLite);
        validate_plan(plan, &template, &PlanContext::default())
            .into_iter()
            .map(|d| (d.code, d.span.line))
            .collect()
    }

    /// A plan with a placeholder (SD003) on line 3 and without its Risks section (SD001).
    const PLAN: &str = "# Plan: Albums\n\n**Date**: [DATE]\n\n## Summary\n\nAlbums.\n";

    #[test]
    fn without_directives_everything_is_reported() {
        let found = codes(PLAN);
        assert!(found.iter().any(|(c, l)| c == "SD003" && *l == 3), "{found:?}");
        assert!(found.iter().any(|(c, _)| c == "SD001"), "{found:?}");
    }

    #[test]
    fn disable_turns_rules_off_from_there_on_and_enable_back_on() {
        let all = format!("<!-- specdesk-disable -->\n{PLAN}");
        assert_eq!(codes(&all), []);
        let one = format!("<!-- specdesk-disable SD003 -->\n{PLAN}");
        let found = codes(&one);
        assert!(
            !found.iter().any(|(c, _)| c == "SD003") && found.iter().any(|(c, _)| c == "SD001"),
            "{found:?}"
        );
        // By name too, and comma-separated.
        let named = format!("<!-- specdesk-disable unfilled-placeholder, missing-section -->\n{PLAN}");
        assert_eq!(codes(&named), []);
        // Enabled again before the placeholder's line: reported.
        let again = PLAN.replace(
            "**Date**",
            "<!-- specdesk-disable SD003 -->\n<!-- specdesk-enable SD003 -->\n**Date**",
        );
        assert!(codes(&again).iter().any(|(c, _)| c == "SD003"));
    }

    #[test]
    fn disable_line_and_next_line_cover_one_line() {
        let same = PLAN.replace("[DATE]", "[DATE] <!-- specdesk-disable-line SD003 -->");
        assert!(!codes(&same).iter().any(|(c, _)| c == "SD003"));
        let next = PLAN.replace("**Date**", "<!-- specdesk-disable-next-line SD003 -->\n**Date**");
        assert!(!codes(&next).iter().any(|(c, _)| c == "SD003"));
        // Another rule on that line is still reported; so is the rule one line further.
        let other = PLAN.replace("**Date**", "<!-- specdesk-disable-next-line SD001 -->\n**Date**");
        assert!(codes(&other).iter().any(|(c, _)| c == "SD003"));
        let far = PLAN.replace(
            "**Date**",
            "<!-- specdesk-disable-next-line SD003 -->\n\n**Date**",
        );
        assert!(codes(&far).iter().any(|(c, _)| c == "SD003"));
    }

    #[test]
    fn unknown_rules_and_directives_in_code_blocks_hide_nothing() {
        let typo = format!("<!-- specdesk-disable SD9999 -->\n{PLAN}");
        assert_eq!(codes(&typo), codes(&format!("\n{PLAN}")));
        let fenced = format!("```markdown\n<!-- specdesk-disable -->\n```\n{PLAN}");
        assert!(codes(&fenced).iter().any(|(c, _)| c == "SD003"));
    }
}
