// A small JSON-like value type (enum with Vec and BTreeMap payloads), a printer and a query function.
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    List(Vec<Value>),
    Obj(BTreeMap<String, Value>),
}

fn render(v: &Value) -> String {
    match v {
        Value::Null => String::from("null"),
        Value::Bool(b) => b.to_string(),
        Value::Num(n) => format!("{}", n),
        Value::Str(s) => format!("{:?}", s),
        Value::List(items) => format!("[{}]", items.iter().map(render).collect::<Vec<_>>().join(",")),
        Value::Obj(m) => format!("{{{}}}", m.iter().map(|(k, v)| format!("{:?}:{}", k, render(v))).collect::<Vec<_>>().join(",")),
    }
}

fn get<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    let mut cur = v;
    for part in path.split('.') {
        cur = match cur {
            Value::Obj(m) => m.get(&part.to_string())?,
            Value::List(items) => items.get(part.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}

fn main() {
    let mut user = BTreeMap::new();
    user.insert(String::from("name"), Value::Str(String::from("Ada \"the\" first")));
    user.insert(String::from("age"), Value::Num(36.0));
    user.insert(String::from("admin"), Value::Bool(true));
    user.insert(String::from("tags"), Value::List(vec![Value::Str(String::from("math")), Value::Null, Value::Num(2.5)]));
    let doc = Value::Obj(user);
    println!("{}", render(&doc));
    for q in ["name", "tags.2", "tags.1", "tags.9", "age.x", "missing"] {
        match get(&doc, q) {
            Some(v) => println!("{} -> {}", q, render(v)),
            None => println!("{} -> (none)", q),
        }
    }
    let copy = doc.clone();
    println!("{}", copy == doc);
}
