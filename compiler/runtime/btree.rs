// `std::collections::BTreeMap` and `BTreeSet`, written in WasmRust: a B-tree of minimum degree 6 (nodes
// hold 5 to 11 keys, like std's), with CLRS-style insertion (full nodes split on the way down) and
// deletion (children topped up by borrowing from a sibling or merging on the way down). Iteration is in
// key order, so printing a map gives the same text as rustc.

struct __BNode<K, V> {
    keys: Vec<K>,
    vals: Vec<V>,
    children: Vec<Box<__BNode<K, V>>>,  // empty for a leaf
}

fn __bt_min_degree() -> usize {
    6
}

impl<K: Ord, V> __BNode<K, V> {
    fn new() -> __BNode<K, V> {
        __BNode { keys: Vec::new(), vals: Vec::new(), children: Vec::new() }
    }

    fn is_leaf(&self) -> bool {
        self.children.len() == 0
    }

    // The first index whose key is >= key, and whether it is equal.
    fn find(&self, key: &K) -> (usize, bool) {
        let mut i: usize = 0;
        while i < self.keys.len() {
            let k: &K = &self.keys[i];
            if k == key {
                return (i, true);
            }
            if k > key {
                return (i, false);
            }
            i += 1;
        }
        (i, false)
    }

    // Splits full child i: its middle key moves up into self.
    fn split_child(&mut self, i: usize) {
        let t: usize = __bt_min_degree();
        let child: &mut Box<__BNode<K, V>> = &mut self.children[i];
        let mut right: __BNode<K, V> = __BNode::new();
        right.keys = child.keys.split_off(t);
        right.vals = child.vals.split_off(t);
        if !child.is_leaf() {
            right.children = child.children.split_off(t);
        }
        let mid_key: K = child.keys.pop().unwrap();
        let mid_val: V = child.vals.pop().unwrap();
        self.keys.insert(i, mid_key);
        self.vals.insert(i, mid_val);
        self.children.insert(i + 1, Box::new(right));
    }

    // Inserts into a node that is not full; returns the old value for an existing key.
    fn insert_nonfull(&mut self, key: K, value: V) -> Option<V> {
        let (i, found) = self.find(&key);
        if found {
            return Some(__std_mem_replace(&mut self.vals[i], value));
        }
        if self.is_leaf() {
            self.keys.insert(i, key);
            self.vals.insert(i, value);
            return None;
        }
        let mut idx: usize = i;
        if self.children[idx].keys.len() == 2 * __bt_min_degree() - 1 {
            self.split_child(idx);
            if self.keys[idx] == key {
                return Some(__std_mem_replace(&mut self.vals[idx], value));
            }
            if key > self.keys[idx] {
                idx += 1;
            }
        }
        self.children[idx].insert_nonfull(key, value)
    }

    fn get(&self, key: &K) -> Option<&V> {
        let (i, found) = self.find(key);
        if found {
            return Some(&self.vals[i]);
        }
        if self.is_leaf() {
            None
        } else {
            self.children[i].get(key)
        }
    }

    fn get_mut(&mut self, key: &K) -> Option<&mut V> {
        let (i, found) = self.find(key);
        if found {
            return Some(&mut self.vals[i]);
        }
        if self.is_leaf() {
            None
        } else {
            self.children[i].get_mut(key)
        }
    }

    // Makes child i hold at least t keys before descending into it.
    fn fill_child(&mut self, i: usize) {
        let t: usize = __bt_min_degree();
        if i > 0 && self.children[i - 1].keys.len() >= t {
            // borrow from the left sibling through the separator
            let lk: K = self.children[i - 1].keys.pop().unwrap();
            let lv: V = self.children[i - 1].vals.pop().unwrap();
            let sk: K = __std_mem_replace(&mut self.keys[i - 1], lk);
            let sv: V = __std_mem_replace(&mut self.vals[i - 1], lv);
            self.children[i].keys.insert(0, sk);
            self.children[i].vals.insert(0, sv);
            if !self.children[i - 1].is_leaf() {
                let c: Box<__BNode<K, V>> = self.children[i - 1].children.pop().unwrap();
                self.children[i].children.insert(0, c);
            }
        } else if i + 1 < self.children.len() && self.children[i + 1].keys.len() >= t {
            // borrow from the right sibling
            let rk: K = self.children[i + 1].keys.remove(0);
            let rv: V = self.children[i + 1].vals.remove(0);
            let sk: K = __std_mem_replace(&mut self.keys[i], rk);
            let sv: V = __std_mem_replace(&mut self.vals[i], rv);
            self.children[i].keys.push(sk);
            self.children[i].vals.push(sv);
            if !self.children[i + 1].is_leaf() {
                let c: Box<__BNode<K, V>> = self.children[i + 1].children.remove(0);
                self.children[i].children.push(c);
            }
        } else if i + 1 < self.children.len() {
            self.merge(i);
        } else {
            self.merge(i - 1);
        }
    }

    // Merges child i+1 and the separator i into child i.
    fn merge(&mut self, i: usize) {
        let sk: K = self.keys.remove(i);
        let sv: V = self.vals.remove(i);
        let right: Box<__BNode<K, V>> = self.children.remove(i + 1);
        let r: __BNode<K, V> = *right;
        let mut rk: Vec<K> = r.keys;
        let mut rv: Vec<V> = r.vals;
        let mut rc: Vec<Box<__BNode<K, V>>> = r.children;
        let left: &mut Box<__BNode<K, V>> = &mut self.children[i];
        left.keys.push(sk);
        left.vals.push(sv);
        left.keys.append(&mut rk);
        left.vals.append(&mut rv);
        left.children.append(&mut rc);
    }

    fn pop_max(&mut self) -> (K, V) {
        if self.is_leaf() {
            let k: K = self.keys.pop().unwrap();
            let v: V = self.vals.pop().unwrap();
            return (k, v);
        }
        let last: usize = self.children.len() - 1;
        if self.children[last].keys.len() < __bt_min_degree() {
            self.fill_child(last);
        }
        let last2: usize = self.children.len() - 1;
        self.children[last2].pop_max()
    }

    fn pop_min(&mut self) -> (K, V) {
        if self.is_leaf() {
            let k: K = self.keys.remove(0);
            let v: V = self.vals.remove(0);
            return (k, v);
        }
        if self.children[0].keys.len() < __bt_min_degree() {
            self.fill_child(0);
        }
        self.children[0].pop_min()
    }

    fn remove(&mut self, key: &K) -> Option<V> {
        let t: usize = __bt_min_degree();
        let (i, found) = self.find(key);
        if found {
            if self.is_leaf() {
                self.keys.remove(i);
                return Some(self.vals.remove(i));
            }
            if self.children[i].keys.len() >= t {
                let (pk, pv) = self.children[i].pop_max();
                self.keys[i] = pk;
                return Some(__std_mem_replace(&mut self.vals[i], pv));
            }
            if self.children[i + 1].keys.len() >= t {
                let (sk, sv) = self.children[i + 1].pop_min();
                self.keys[i] = sk;
                return Some(__std_mem_replace(&mut self.vals[i], sv));
            }
            self.merge(i);
            return self.children[i].remove(key);
        }
        if self.is_leaf() {
            return None;
        }
        let mut idx: usize = i;
        if self.children[idx].keys.len() < t {
            let was_last: bool = idx == self.children.len() - 1;
            self.fill_child(idx);
            if was_last && idx > self.keys.len() {
                idx -= 1;
            }
        }
        self.children[idx].remove(key)
    }

    fn __collect<'a>(&'a self, out: &mut Vec<(&'a K, &'a V)>) {
        let mut i: usize = 0;
        while i < self.keys.len() {
            if !self.is_leaf() {
                self.children[i].__collect(out);
            }
            out.push((&self.keys[i], &self.vals[i]));
            i += 1;
        }
        if !self.is_leaf() {
            self.children[i].__collect(out);
        }
    }
}

pub struct BTreeMap<K, V> {
    root: Option<Box<__BNode<K, V>>>,
    len: usize,
}

impl<K: Ord, V> BTreeMap<K, V> {
    pub fn new() -> BTreeMap<K, V> {
        BTreeMap { root: None, len: 0 }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn clear(&mut self) {
        self.root = None;
        self.len = 0;
    }

    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        if self.root.is_none() {
            self.root = Some(Box::new(__BNode::new()));
        }
        let full: bool = self.root.as_ref().unwrap().keys.len() == 2 * __bt_min_degree() - 1;
        if full {
            let old: Box<__BNode<K, V>> = self.root.take().unwrap();
            let mut top: __BNode<K, V> = __BNode::new();
            top.children.push(old);
            top.split_child(0);
            self.root = Some(Box::new(top));
        }
        let r: Option<V> = self.root.as_mut().unwrap().insert_nonfull(key, value);
        if r.is_none() {
            self.len += 1;
        }
        r
    }

    pub fn get(&self, key: &K) -> Option<&V> {
        match &self.root {
            Some(r) => r.get(key),
            None => None,
        }
    }

    pub fn get_mut(&mut self, key: &K) -> Option<&mut V> {
        match &mut self.root {
            Some(r) => r.get_mut(key),
            None => None,
        }
    }

    pub fn contains_key(&self, key: &K) -> bool {
        self.get(key).is_some()
    }

    // `map[&key]`: panics if the key is absent
    pub fn index(&mut self, key: &K) -> &mut V {
        match self.get_mut(key) {
            Some(v) => v,
            None => __wr_panic_caller("key not found"),
        }
    }

    pub fn remove(&mut self, key: &K) -> Option<V> {
        let r: Option<V> = match &mut self.root {
            Some(root) => root.remove(key),
            None => None,
        };
        if r.is_some() {
            self.len -= 1;
            let collapse: bool = match &self.root {
                Some(root) => root.keys.len() == 0,
                None => false,
            };
            if collapse {
                let mut old: Box<__BNode<K, V>> = self.root.take().unwrap();
                if !old.is_leaf() {
                    self.root = Some(old.children.pop().unwrap());
                }
            }
        }
        r
    }

    // (key, value) pairs in key order, collected (the iterator types are the library's slice iterators).
    fn __pairs(&self) -> Vec<(&K, &V)> {
        let mut out: Vec<(&K, &V)> = Vec::with_capacity(self.len);
        match &self.root {
            Some(r) => r.__collect(&mut out),
            None => {}
        }
        out
    }

    pub fn iter(&self) -> IntoIter<(&K, &V)> {
        self.__pairs().into_iter()
    }

    pub fn keys(&self) -> IntoIter<&K> {
        let ks: Vec<&K> = self.__pairs().into_iter().map(|p| p.0).collect();
        ks.into_iter()
    }

    pub fn values(&self) -> IntoIter<&V> {
        let vs: Vec<&V> = self.__pairs().into_iter().map(|p| p.1).collect();
        vs.into_iter()
    }

    pub fn first_key_value(&self) -> Option<(&K, &V)> {
        self.__pairs().into_iter().next()
    }

    pub fn last_key_value(&self) -> Option<(&K, &V)> {
        self.__pairs().into_iter().last()
    }

    pub fn pop_first(&mut self) -> Option<(K, V)> {
        if self.len == 0 {
            return None;
        }
        let r: (K, V) = self.root.as_mut().unwrap().pop_min();
        self.len -= 1;
        self.__fix_root();
        Some(r)
    }

    pub fn pop_last(&mut self) -> Option<(K, V)> {
        if self.len == 0 {
            return None;
        }
        let r: (K, V) = self.root.as_mut().unwrap().pop_max();
        self.len -= 1;
        self.__fix_root();
        Some(r)
    }

    fn __fix_root(&mut self) {
        let collapse: bool = match &self.root {
            Some(root) => root.keys.len() == 0,
            None => false,
        };
        if collapse {
            let mut old: Box<__BNode<K, V>> = self.root.take().unwrap();
            if !old.is_leaf() {
                self.root = Some(old.children.pop().unwrap());
            }
        }
    }

    // Pairs with lo <= key < hi (an inclusive upper bound with `range_inclusive`).
    pub fn range(&self, r: Range<K>) -> IntoIter<(&K, &V)> {
        let v: Vec<(&K, &V)> = self.__pairs().into_iter().filter(|p| *p.0 >= r.start && *p.0 < r.end).collect();
        v.into_iter()
    }

    pub fn entry(&mut self, key: K) -> BTreeEntry<'_, K, V> {
        BTreeEntry { map: self, key: key }
    }

    pub fn extend<I: Iterator<Item = (K, V)>>(&mut self, iter: I) {
        let mut it: I = iter;
        while let Some((k, v)) = it.next() {
            self.insert(k, v);
        }
    }

    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut f: F) {
        let mut old: BTreeMap<K, V> = BTreeMap::new();
        __std_mem_swap(&mut old, self);
        let mut it: BTreeIntoIter<K, V> = old.into_iter();
        while let Some((k, v)) = it.next() {
            let mut v2: V = v;
            if f(&k, &mut v2) {
                self.insert(k, v2);
            }
        }
    }

    pub fn into_iter(self) -> BTreeIntoIter<K, V> {
        BTreeIntoIter { map: self }
    }
}

pub struct BTreeIntoIter<K, V> {
    map: BTreeMap<K, V>,
}

impl<K: Ord, V> Iterator for BTreeIntoIter<K, V> {
    type Item = (K, V);
    fn next(&mut self) -> Option<(K, V)> {
        self.map.pop_first()
    }
}

pub struct BTreeEntry<'a, K, V> {
    map: &'a mut BTreeMap<K, V>,
    key: K,
}

impl<'a, K: Ord + Clone, V> BTreeEntry<'a, K, V> {
    pub fn or_insert(self, default: V) -> &'a mut V {
        if !self.map.contains_key(&self.key) {
            self.map.insert(self.key.clone(), default);
        }
        self.map.get_mut(&self.key).unwrap()
    }

    pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V {
        if !self.map.contains_key(&self.key) {
            self.map.insert(self.key.clone(), default());
        }
        self.map.get_mut(&self.key).unwrap()
    }

    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> BTreeEntry<'a, K, V> {
        match self.map.get_mut(&self.key) {
            Some(v) => f(v),
            None => {}
        }
        self
    }
}

impl<'a, K: Ord + Clone, V: Default> BTreeEntry<'a, K, V> {
    pub fn or_default(self) -> &'a mut V {
        self.or_insert_with(|| V::default())
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for BTreeMap<K, V> {
    fn from_iter<I: Iterator<Item = (K, V)>>(iter: I) -> BTreeMap<K, V> {
        let mut m: BTreeMap<K, V> = BTreeMap::new();
        m.extend(iter);
        m
    }
}

impl<K: Ord, V> Default for BTreeMap<K, V> {
    fn default() -> BTreeMap<K, V> {
        BTreeMap::new()
    }
}

impl<K: Debug + Ord, V: Debug> __Debug for BTreeMap<K, V> {
    fn fmt(&self, f: &mut __Formatter) -> Result<(), __FmtError> {
        f.write_str("{");
        let pairs: Vec<(&K, &V)> = self.__pairs();
        let mut i: usize = 0;
        while i < pairs.len() {
            if i > 0 {
                f.write_str(", ");
            }
            let kv: String = format!("{:?}: {:?}", pairs[i].0, pairs[i].1);
            f.write_str(&kv);
            i += 1;
        }
        f.write_str("}")
    }
}

// ---- BTreeSet<T>: a BTreeMap<T, ()> ----
pub struct BTreeSet<T> {
    map: BTreeMap<T, ()>,
}

impl<T: Ord> BTreeSet<T> {
    pub fn new() -> BTreeSet<T> {
        BTreeSet { map: BTreeMap::new() }
    }

    pub fn insert(&mut self, value: T) -> bool {
        self.map.insert(value, ()).is_none()
    }

    pub fn contains(&self, value: &T) -> bool {
        self.map.contains_key(value)
    }

    pub fn remove(&mut self, value: &T) -> bool {
        self.map.remove(value).is_some()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.len() == 0
    }

    pub fn iter(&self) -> IntoIter<&T> {
        self.map.keys()
    }

    pub fn first(&self) -> Option<&T> {
        self.map.keys().next()
    }

    pub fn last(&self) -> Option<&T> {
        self.map.keys().last()
    }

    pub fn pop_first(&mut self) -> Option<T> {
        match self.map.pop_first() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    pub fn pop_last(&mut self) -> Option<T> {
        match self.map.pop_last() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    pub fn extend<I: Iterator<Item = T>>(&mut self, iter: I) {
        let mut it: I = iter;
        while let Some(x) = it.next() {
            self.insert(x);
        }
    }

    pub fn into_iter(self) -> BTreeSetIntoIter<T> {
        BTreeSetIntoIter { inner: self.map.into_iter() }
    }
}

pub struct BTreeSetIntoIter<T> {
    inner: BTreeIntoIter<T, ()>,
}

impl<T: Ord> Iterator for BTreeSetIntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}

impl<T: Ord> FromIterator<T> for BTreeSet<T> {
    fn from_iter<I: Iterator<Item = T>>(iter: I) -> BTreeSet<T> {
        let mut s: BTreeSet<T> = BTreeSet::new();
        s.extend(iter);
        s
    }
}

impl<T: Debug + Ord> __Debug for BTreeSet<T> {
    fn fmt(&self, f: &mut __Formatter) -> Result<(), __FmtError> {
        f.write_str("{");
        let keys: Vec<&T> = self.map.keys().collect();
        let mut i: usize = 0;
        while i < keys.len() {
            if i > 0 {
                f.write_str(", ");
            }
            let ks: String = format!("{:?}", keys[i]);
            f.write_str(&ks);
            i += 1;
        }
        f.write_str("}")
    }
}

impl<K: Ord + Clone, V: Clone> BTreeMap<K, V> {
    // `.clone()` (the compiler calls this for a map and for derived Clone around one)
    pub fn __deep_clone(&self) -> BTreeMap<K, V> {
        let mut m: BTreeMap<K, V> = BTreeMap::new();
        let pairs: Vec<(&K, &V)> = self.__pairs();
        let mut i: usize = 0;
        while i < pairs.len() {
            m.insert(pairs[i].0.clone(), pairs[i].1.clone());
            i += 1;
        }
        m
    }
}

impl<T: Ord + Clone> BTreeSet<T> {
    pub fn __deep_clone(&self) -> BTreeSet<T> {
        BTreeSet { map: self.map.__deep_clone() }
    }
}

impl<K: PartialEq, V: PartialEq> BTreeMap<K, V> {
    // `a == b` (the compiler calls this): same pairs in the same order
    pub fn __eq(&self, other: &BTreeMap<K, V>) -> bool {
        if self.len != other.len {
            return false;
        }
        let mut a: Vec<(&K, &V)> = Vec::new();
        let mut b: Vec<(&K, &V)> = Vec::new();
        match &self.root {
            Some(r) => r.__collect_any(&mut a),
            None => {}
        }
        match &other.root {
            Some(r) => r.__collect_any(&mut b),
            None => {}
        }
        let mut i: usize = 0;
        while i < a.len() {
            if a[i].0 != b[i].0 || a[i].1 != b[i].1 {
                return false;
            }
            i += 1;
        }
        true
    }
}

impl<K, V> __BNode<K, V> {
    fn __collect_any<'a>(&'a self, out: &mut Vec<(&'a K, &'a V)>) {
        let leaf: bool = self.children.len() == 0;
        let mut i: usize = 0;
        while i < self.keys.len() {
            if !leaf {
                self.children[i].__collect_any(out);
            }
            out.push((&self.keys[i], &self.vals[i]));
            i += 1;
        }
        if !leaf {
            self.children[i].__collect_any(out);
        }
    }
}
