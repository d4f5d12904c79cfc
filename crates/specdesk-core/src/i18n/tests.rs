//! The parity test the languages promise: every `locales/*.ftl` parses, has exactly the ids of
//! `en.ftl` (messages, terms and attributes, each once), and each of its messages uses exactly
//! the variables of the English one. It covers the whole files, the interface's sections too.

use super::{source, Locale};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Every id of a file (`msg`, `msg.attr`, `-term`) with the variables its pattern uses.
type Ids = BTreeMap<String, BTreeSet<String>>;

fn file_name(locale: Locale) -> String {
    format!("locales/{}.ftl", locale.tag())
}

/// The ids and variables of `locale`'s file, or what is wrong with its syntax.
fn ids_of(locale: Locale) -> Result<Ids, Vec<String>> {
    let name = file_name(locale);
    let resource = fluent_syntax::parser::parse(source(locale)).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| {
                let line = source(locale)[..e.pos.start.min(source(locale).len())]
                    .matches('\n')
                    .count()
                    + 1;
                format!("{name}:{line}: {:?}", e.kind)
            })
            .collect::<Vec<_>>()
    })?;
    let mut ids = Ids::new();
    let mut twice = Vec::new();
    let mut add = |id: String, pattern: Option<&ast::Pattern<&str>>| {
        let mut vars = BTreeSet::new();
        if let Some(p) = pattern {
            pattern_vars(p, &mut vars);
        }
        if ids.insert(id.clone(), vars).is_some() {
            twice.push(format!("{name}: {id} is defined twice"));
        }
    };
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            ast::Entry::Junk { content } => {
                return Err(vec![format!("{name}: cannot parse {content:?}")]);
            }
            _ => continue,
        };
        add(id.clone(), value);
        for a in attributes {
            add(format!("{id}.{}", a.id.name), Some(&a.value));
        }
    }
    if twice.is_empty() {
        Ok(ids)
    } else {
        Err(twice)
    }
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

/// What differs between English's ids and `other`'s: missing ids, extra ids, and messages whose
/// variables differ, each naming the file, the id and the variable.
fn differences(english: &Ids, other: &Ids, name: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for (id, vars) in english {
        match other.get(id) {
            None => problems.push(format!("{name}: {id} is missing (it is in locales/en.ftl)")),
            Some(theirs) => {
                for v in vars.difference(theirs) {
                    problems.push(format!("{name}: {id} drops the variable ${v}"));
                }
                for v in theirs.difference(vars) {
                    problems.push(format!(
                        "{name}: {id} uses ${v}, which the English message does not have"
                    ));
                }
            }
        }
    }
    for id in other.keys().filter(|id| !english.contains_key(*id)) {
        problems.push(format!("{name}: {id} is not in locales/en.ftl"));
    }
    problems
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let mut problems = Vec::new();
    let english = ids_of(Locale::En).unwrap_or_else(|e| {
        problems.extend(e);
        Ids::new()
    });
    assert!(english.len() > 10, "locales/en.ftl: {} ids", english.len());
    for locale in [Locale::Ko, Locale::Ja, Locale::ZhHans] {
        match ids_of(locale) {
            Ok(ids) => problems.extend(differences(&english, &ids, &file_name(locale))),
            Err(e) => problems.extend(e),
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn the_parity_check_names_file_id_and_variable() {
    // The checker itself: a translation that drops a variable, one that lacks a message and one
    // with an id English does not have are all named.
    let parse = |text: &'static str| {
        let resource = fluent_syntax::parser::parse(text).expect("valid test source");
        let mut ids = Ids::new();
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                ids.insert(m.id.name.to_string(), vars);
            }
        }
        ids
    };
    let english =
        parse("a = { $count ->\n    [one] one { $name }\n   *[other] { $count } { $name }\n}\nb = B\n");
    let other = parse("a = { $count }\nc = C\n");
    let problems = differences(&english, &other, "locales/xx.ftl");
    assert_eq!(
        problems,
        [
            "locales/xx.ftl: a drops the variable $name",
            "locales/xx.ftl: b is missing (it is in locales/en.ftl)",
            "locales/xx.ftl: c is not in locales/en.ftl",
        ]
    );
}

#[test]
fn no_message_renders_with_errors() {
    // Every message of every file renders with its English variables set (a reference to a
    // message that does not exist, or a bad selector, shows as an error here).
    let english = ids_of(Locale::En).unwrap_or_default();
    for locale in Locale::ALL {
        let bundle_source = source(locale);
        let resource =
            fluent_bundle::FluentResource::try_new(bundle_source.to_string()).unwrap_or_else(|(r, _)| r);
        let mut bundle = fluent_bundle::FluentBundle::new(vec![locale.tag().parse().unwrap_or_default()]);
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        for (id, vars) in &english {
            if id.starts_with('-') {
                continue;
            }
            let (message_id, attribute) = match id.split_once('.') {
                Some((m, a)) => (m, Some(a)),
                None => (id.as_str(), None),
            };
            let Some(message) = bundle.get_message(message_id) else {
                continue;
            };
            let pattern = match attribute {
                Some(a) => message.get_attribute(a).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            for count in [1, 2, 5] {
                let mut args = fluent_bundle::FluentArgs::new();
                for v in vars {
                    args.set(v.as_str(), fluent_bundle::FluentValue::from(count));
                }
                let mut errors = Vec::new();
                bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{}: {id}: {errors:?}", file_name(locale));
            }
        }
    }
}
