//! YAML read the way spec-kit reads it: PyYAML's `yaml.safe_load`, which types plain scalars
//! by YAML 1.1 rules (`yes` and `on` are booleans, `012` an integer, `2024-01-02` a date).
//!
//! Only the shape matters to the preset manifest check (is this a mapping, a list, a string?),
//! so a [`Node`] keeps the strings and the kind of everything else. Parsing is yaml-rust2's
//! event parser; the typing, anchors, aliases and `<<` merge keys follow PyYAML's
//! `SafeLoader`. What `safe_load` would refuse (several documents, an unknown tag, a list used
//! as a key, a control character, a malformed date) is an error here too.

use regex::Regex;
use std::collections::HashMap;
use std::sync::OnceLock;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser, Tag};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// A loaded YAML value, typed as PyYAML's `safe_load` types it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    /// `~`, `null`, an empty value.
    Null,
    /// A `str`.
    Str(String),
    /// Any other scalar: bool, int, float, date, binary.
    OtherScalar,
    /// A `list` (also `!!omap` and `!!pairs`).
    Seq(Vec<Node>),
    /// A `dict`, in document order; a later duplicate key wins, as in Python.
    Map(Vec<(Node, Node)>),
    /// A `set` (`!!set`).
    Set,
}

impl Node {
    /// The value of string key `key`, when `self` is a mapping that has it.
    pub(crate) fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Map(entries) => entries
                .iter()
                .rev()
                .find(|(k, _)| matches!(k, Node::Str(s) if s == key))
                .map(|(_, v)| v),
            _ => None,
        }
    }

    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Node::Str(s) => Some(s),
            _ => None,
        }
    }
}

/// `yaml.safe_load(text)`: `Ok(None)` for an empty stream, an error message otherwise.
pub(crate) fn safe_load(text: &str) -> Result<Option<Node>, String> {
    if let Some(c) = text.chars().find(|&c| !is_printable(c)) {
        return Err(format!(
            "unacceptable character #x{:04x}: special characters are not allowed",
            c as u32
        ));
    }
    let mut events = Events::default();
    Parser::new_from_str(text)
        .load(&mut events, true)
        .map_err(|e| e.to_string())?;
    let documents = events
        .0
        .iter()
        .filter(|e| matches!(e, Event::DocumentStart))
        .count();
    if documents > 1 {
        return Err("expected a single document in the stream".into());
    }
    let mut builder = Builder {
        events: events.0.into_iter().filter(|e| !is_framing(e)).collect(),
        next: 0,
        anchors: HashMap::new(),
    };
    if builder.events.is_empty() {
        return Ok(None);
    }
    builder.node().map(Some)
}

/// PyYAML's `Reader.NON_PRINTABLE`, negated.
fn is_printable(c: char) -> bool {
    matches!(c, '\u{9}' | '\u{A}' | '\u{D}' | '\u{20}'..='\u{7E}' | '\u{85}' | '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
        || c == '\u{FEFF}'
}

fn is_framing(e: &Event) -> bool {
    matches!(
        e,
        Event::StreamStart | Event::StreamEnd | Event::DocumentStart | Event::DocumentEnd | Event::Nothing
    )
}

#[derive(Default)]
struct Events(Vec<Event>);

impl MarkedEventReceiver for Events {
    fn on_event(&mut self, ev: Event, _mark: Marker) {
        self.0.push(ev);
    }
}

struct Builder {
    events: Vec<Event>,
    next: usize,
    anchors: HashMap<usize, Node>,
}

const CORE: &str = "tag:yaml.org,2002:";

impl Builder {
    fn take(&mut self) -> Result<Event, String> {
        let e = self
            .events
            .get(self.next)
            .cloned()
            .ok_or_else(|| "unexpected end of the document".to_string())?;
        self.next += 1;
        Ok(e)
    }

    fn node(&mut self) -> Result<Node, String> {
        let (node, anchor) = match self.take()? {
            Event::Alias(id) => {
                return self
                    .anchors
                    .get(&id)
                    .cloned()
                    .ok_or_else(|| "found undefined alias".to_string())
            }
            Event::Scalar(value, style, anchor, tag) => (scalar(&value, style, tag.as_ref())?, anchor),
            Event::SequenceStart(anchor, tag) => {
                let mut items = Vec::new();
                while !matches!(self.events.get(self.next), Some(Event::SequenceEnd) | None) {
                    items.push(self.node()?);
                }
                self.take()?;
                (collection_tag(Node::Seq(items), tag.as_ref(), "seq")?, anchor)
            }
            Event::MappingStart(anchor, tag) => {
                let mut entries = Vec::new();
                let mut merged = Vec::new();
                while !matches!(self.events.get(self.next), Some(Event::MappingEnd) | None) {
                    let is_merge = matches!(
                        self.events.get(self.next),
                        Some(Event::Scalar(v, TScalarStyle::Plain, _, None)) if v == "<<"
                    );
                    if is_merge {
                        self.take()?;
                        let value = self.node()?;
                        merged.extend(merge_entries(value)?);
                        continue;
                    }
                    let key = self.node()?;
                    let value = self.node()?;
                    if matches!(key, Node::Seq(_) | Node::Map(_) | Node::Set) {
                        return Err("found unhashable key".into());
                    }
                    entries.push((key, value));
                }
                self.take()?;
                // PyYAML puts merged entries first, so the mapping's own keys win.
                merged.extend(entries);
                (collection_tag(Node::Map(merged), tag.as_ref(), "map")?, anchor)
            }
            other => return Err(format!("unexpected {other:?}")),
        };
        if anchor > 0 {
            self.anchors.insert(anchor, node.clone());
        }
        Ok(node)
    }
}

/// The entries a `<<` value merges in: a mapping, or a list of mappings (earlier ones win).
fn merge_entries(value: Node) -> Result<Vec<(Node, Node)>, String> {
    match value {
        Node::Map(entries) => Ok(entries),
        Node::Seq(items) => {
            let mut out = Vec::new();
            for item in items.into_iter().rev() {
                match item {
                    Node::Map(entries) => out.extend(entries),
                    _ => return Err("expected a mapping for merging".into()),
                }
            }
            Ok(out)
        }
        _ => Err("expected a mapping or list of mappings for merging".into()),
    }
}

fn full_tag(tag: &Tag) -> String {
    format!("{}{}", tag.handle, tag.suffix)
}

fn collection_tag(node: Node, tag: Option<&Tag>, default: &str) -> Result<Node, String> {
    let Some(tag) = tag else {
        return Ok(node);
    };
    let name = full_tag(tag);
    if name == "!" || name == format!("{CORE}{default}") {
        return Ok(node);
    }
    match (name.strip_prefix(CORE), &node) {
        (Some("omap" | "pairs"), Node::Seq(_)) => Ok(node),
        (Some("set"), Node::Map(_)) => Ok(Node::Set),
        _ => Err(format!("could not determine a constructor for the tag '{name}'")),
    }
}

/// A scalar typed by its tag, else (plain only) by PyYAML's implicit resolvers.
fn scalar(value: &str, style: TScalarStyle, tag: Option<&Tag>) -> Result<Node, String> {
    if let Some(tag) = tag {
        let name = full_tag(tag);
        if name == "!" {
            return Ok(Node::Str(value.to_string()));
        }
        let kind = name
            .strip_prefix(CORE)
            .ok_or_else(|| format!("could not determine a constructor for the tag '{name}'"))?;
        return match kind {
            "str" => Ok(Node::Str(value.to_string())),
            "binary" => Ok(Node::OtherScalar),
            "null" => Ok(Node::Null),
            "bool"
                if matches!(
                    value.to_lowercase().as_str(),
                    "yes" | "no" | "true" | "false" | "on" | "off"
                ) =>
            {
                Ok(Node::OtherScalar)
            }
            "int" if implicit(value) == Some(Implicit::Int) => Ok(Node::OtherScalar),
            "float" if matches!(implicit(value), Some(Implicit::Float | Implicit::Int)) => {
                Ok(Node::OtherScalar)
            }
            "timestamp" if implicit(value) == Some(Implicit::Timestamp) => typed(Implicit::Timestamp, value),
            "bool" | "int" | "float" | "timestamp" => {
                Err(format!("could not construct a {kind} from '{value}'"))
            }
            _ => Err(format!("could not determine a constructor for the tag '{name}'")),
        };
    }
    if style != TScalarStyle::Plain {
        return Ok(Node::Str(value.to_string()));
    }
    match implicit(value) {
        None => Ok(Node::Str(value.to_string())),
        Some(found) => typed(found, value),
    }
}

fn typed(found: Implicit, value: &str) -> Result<Node, String> {
    match found {
        Implicit::Null => Ok(Node::Null),
        Implicit::Timestamp if !valid_timestamp(value) => Err(format!("invalid date '{value}'")),
        Implicit::Value => {
            Err("could not determine a constructor for the tag 'tag:yaml.org,2002:value'".into())
        }
        Implicit::Merge => {
            Err("could not determine a constructor for the tag 'tag:yaml.org,2002:merge'".into())
        }
        _ => Ok(Node::OtherScalar),
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Implicit {
    Bool,
    Float,
    Int,
    Merge,
    Null,
    Timestamp,
    Value,
}

/// PyYAML's implicit resolvers (`yaml/resolver.py`), in its order.
fn implicit(value: &str) -> Option<Implicit> {
    static RESOLVERS: OnceLock<Vec<(Implicit, Regex)>> = OnceLock::new();
    let resolvers = RESOLVERS.get_or_init(|| {
        let r = |kind, pattern: &str| (kind, Regex::new(pattern).expect("a valid resolver pattern"));
        vec![
            r(
                Implicit::Bool,
                r"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$",
            ),
            r(
                Implicit::Float,
                r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
            ),
            r(
                Implicit::Int,
                r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$",
            ),
            r(Implicit::Merge, r"^(?:<<)$"),
            r(Implicit::Null, r"^(?:~|null|Null|NULL|)$"),
            r(
                Implicit::Timestamp,
                r"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$",
            ),
            r(Implicit::Value, r"^(?:=)$"),
        ]
    });
    // PyYAML picks resolvers by the first character; the patterns already say the same.
    resolvers
        .iter()
        .find(|(_, re)| re.is_match(value))
        .map(|(kind, _)| *kind)
}

/// Whether a timestamp PyYAML resolved is a real date and time (`datetime` would raise).
fn valid_timestamp(value: &str) -> bool {
    let number = |s: &str| s.parse::<u32>().ok();
    let mut parts = value.splitn(3, '-');
    let (Some(y), Some(m), Some(rest)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let day_len = rest.chars().take_while(char::is_ascii_digit).count();
    let (Some(year), Some(month), Some(day)) = (number(y), number(m), number(&rest[..day_len])) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    if year == 0 || day == 0 || day > days {
        return false;
    }
    let time = rest[day_len..].trim_start_matches(['T', 't', ' ', '\t']);
    if time.is_empty() {
        return true;
    }
    let fields: Vec<Option<u32>> = time
        .splitn(3, ':')
        .map(|f| number(&f[..f.len().min(2)]))
        .collect();
    matches!(fields.as_slice(), [Some(h), Some(mi), Some(s)] if *h < 24 && *mi < 60 && *s < 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Option<Node>, String> {
        safe_load(text)
    }

    #[test]
    fn plain_scalars_are_typed_as_yaml_1_1() {
        let doc = load(
            "a: yes\nb: 'yes'\nc: 012\nd: 2024-01-02\ne: hello\nf: ~\ng:\nh: 1_000\ni: .inf\nj: !!str 12\nk: \"on\"\nl: 1:20\n",
        )
        .unwrap()
        .unwrap();
        assert_eq!(doc.get("a"), Some(&Node::OtherScalar));
        assert_eq!(doc.get("b"), Some(&Node::Str("yes".into())));
        assert_eq!(doc.get("c"), Some(&Node::OtherScalar));
        assert_eq!(doc.get("d"), Some(&Node::OtherScalar));
        assert_eq!(doc.get("e"), Some(&Node::Str("hello".into())));
        assert_eq!(doc.get("f"), Some(&Node::Null));
        assert_eq!(doc.get("g"), Some(&Node::Null));
        assert_eq!(doc.get("h"), Some(&Node::OtherScalar));
        assert_eq!(doc.get("i"), Some(&Node::OtherScalar));
        assert_eq!(doc.get("j"), Some(&Node::Str("12".into())));
        assert_eq!(doc.get("k"), Some(&Node::Str("on".into())));
        assert_eq!(doc.get("l"), Some(&Node::OtherScalar));
        // YAML 1.2 core types that 1.1 leaves as strings.
        let doc = load("a: 1e3\nb: 0o17\nc: y\n").unwrap().unwrap();
        assert_eq!(doc.get("a"), Some(&Node::Str("1e3".into())));
        assert_eq!(doc.get("b"), Some(&Node::Str("0o17".into())));
        assert_eq!(doc.get("c"), Some(&Node::Str("y".into())));
    }

    #[test]
    fn what_safe_load_refuses_is_an_error() {
        assert!(load("a: 1\n---\nb: 2\n").is_err(), "two documents");
        assert!(load("a: !custom x\n").is_err(), "unknown tag");
        assert!(load("? [a, b]\n: c\n").is_err(), "unhashable key");
        assert!(load("a: 2024-02-30\n").is_err(), "no such date");
        assert!(load("a: \u{7}\n").is_err(), "control character");
        assert!(load("a: [1, 2\n").is_err(), "syntax");
        assert!(load("a: =\n").is_err(), "the value tag");
        assert!(load("a: !!int abc\n").is_err());
        assert_eq!(load("").unwrap(), None);
        assert_eq!(load("# only a comment\n").unwrap(), None);
        assert!(load("a: 2024-02-29\n").is_ok());
        assert!(load("a: 2024-01-02 10:20:30\n").is_ok());
    }

    #[test]
    fn anchors_aliases_and_merge_keys_resolve_like_pyyaml() {
        let doc = load(
            "base: &b {type: template, name: plan-template}\nitem:\n  <<: *b\n  name: other\nlist: [*b]\ndup: 1\ndup: two\n",
        )
        .unwrap()
        .unwrap();
        let item = doc.get("item").unwrap();
        assert_eq!(item.get("type"), Some(&Node::Str("template".into())));
        assert_eq!(item.get("name"), Some(&Node::Str("other".into())));
        assert!(matches!(doc.get("list"), Some(Node::Seq(items)) if items.len() == 1));
        assert_eq!(doc.get("dup"), Some(&Node::Str("two".into())));
        assert!(load("a: *nowhere\n").is_err());
    }
}
