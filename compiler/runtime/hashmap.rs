// `std::collections::HashMap` and `HashSet`, written in WasmRust: open addressing with linear probing
// over a power-of-two table, tombstones for removals, growth at 7/8 load. Keys are hashed with the
// compiler's derived hash (`__hash_of`, FNV-style with a fixed seed), so iteration order is the same on
// every run and in every host (std's order is random: programs that print a map should sort first).

// A key for lookups: the key type itself, or `str` for String / &str keys (std's `K: Borrow<Q>`).
// Its hash must equal the hash of the key it stands for.
pub trait __Key<K> {
    fn __key_hash(&self) -> u64;
    fn __key_eq(&self, k: &K) -> bool;
}

impl<K: Hash + Eq> __Key<K> for K {
    fn __key_hash(&self) -> u64 {
        __hash_of::<K>(self)
    }
    fn __key_eq(&self, k: &K) -> bool {
        self == k
    }
}

impl __Key<String> for str {
    fn __key_hash(&self) -> u64 {
        (0xcbf29ce484222325 ^ __wr_hash_str(self)) * 0x100000001b3
    }
    fn __key_eq(&self, k: &String) -> bool {
        self == k.as_str()
    }
}

impl __Key<&str> for str {
    fn __key_hash(&self) -> u64 {
        (0xcbf29ce484222325 ^ __wr_hash_str(self)) * 0x100000001b3
    }
    fn __key_eq(&self, k: &&str) -> bool {
        self == *k
    }
}

enum __Slot<K, V> {
    Empty,
    Tomb,
    Full(K, V),
}

pub struct HashMap<K, V> {
    slots: Vec<__Slot<K, V>>,
    len: usize,
    used: usize,  // full + tombstones
}

impl<K: Hash + Eq, V> HashMap<K, V> {
    pub fn new() -> HashMap<K, V> {
        HashMap { slots: Vec::new(), len: 0, used: 0 }
    }

    pub fn with_capacity(capacity: usize) -> HashMap<K, V> {
        let mut m: HashMap<K, V> = HashMap::new();
        if capacity > 0 {
            let mut cap: usize = 8;
            while cap * 7 / 8 < capacity {
                cap = cap * 2;
            }
            m.__alloc(cap);
        }
        m
    }

    fn __alloc(&mut self, cap: usize) {
        let mut slots: Vec<__Slot<K, V>> = Vec::with_capacity(cap);
        let mut i: usize = 0;
        while i < cap {
            slots.push(__Slot::Empty);
            i += 1;
        }
        self.slots = slots;
        self.len = 0;
        self.used = 0;
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.slots.len() * 7 / 8
    }

    pub fn clear(&mut self) {
        let cap: usize = self.slots.len();
        if cap > 0 {
            self.__alloc(cap);
        }
    }

    // The slot holding `key`, or usize::MAX.
    fn __find<Q: __Key<K>>(&self, key: &Q) -> usize {
        let cap: usize = self.slots.len();
        if cap == 0 {
            return usize::MAX;
        }
        let mask: usize = cap - 1;
        let mut i: usize = (key.__key_hash() as usize) & mask;
        let mut probes: usize = 0;
        while probes < cap {
            match &self.slots[i] {
                __Slot::Empty => return usize::MAX,
                __Slot::Tomb => {}
                __Slot::Full(k, _) => {
                    if key.__key_eq(k) {
                        return i;
                    }
                }
            }
            i = (i + 1) & mask;
            probes += 1;
        }
        usize::MAX
    }

    fn __grow(&mut self) {
        let old_cap: usize = self.slots.len();
        let new_cap: usize = if old_cap == 0 { 8 } else if self.len * 2 < old_cap / 2 { old_cap } else { old_cap * 2 };
        let mut old: Vec<__Slot<K, V>> = Vec::new();
        __std_mem_swap(&mut old, &mut self.slots);
        self.__alloc(new_cap);
        let mut it: IntoIter<__Slot<K, V>> = old.into_iter();
        while let Some(s) = it.next() {
            match s {
                __Slot::Full(k, v) => {
                    self.__insert_new(k, v);
                }
                _ => {}
            }
        }
    }

    // Inserts a key known to be absent; returns its slot.
    fn __insert_new(&mut self, key: K, value: V) -> usize {
        if (self.used + 1) * 8 > self.slots.len() * 7 {
            self.__grow();
        }
        let mask: usize = self.slots.len() - 1;
        let mut i: usize = (__hash_of::<K>(&key) as usize) & mask;
        loop {
            let free: bool = match &self.slots[i] {
                __Slot::Full(_, _) => false,
                _ => true,
            };
            if free {
                let was_empty: bool = match &self.slots[i] {
                    __Slot::Empty => true,
                    _ => false,
                };
                self.slots[i] = __Slot::Full(key, value);
                self.len += 1;
                if was_empty {
                    self.used += 1;
                }
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        let i: usize = self.__find(&key);
        if i != usize::MAX {
            match &mut self.slots[i] {
                __Slot::Full(_, v) => return Some(__std_mem_replace(v, value)),
                _ => return None,
            }
        }
        self.__insert_new(key, value);
        None
    }

    pub fn get<Q: __Key<K>>(&self, key: &Q) -> Option<&V> {
        let i: usize = self.__find(key);
        if i == usize::MAX {
            return None;
        }
        match &self.slots[i] {
            __Slot::Full(_, v) => Some(v),
            _ => None,
        }
    }

    pub fn get_mut<Q: __Key<K>>(&mut self, key: &Q) -> Option<&mut V> {
        let i: usize = self.__find(key);
        if i == usize::MAX {
            return None;
        }
        match &mut self.slots[i] {
            __Slot::Full(_, v) => Some(v),
            _ => None,
        }
    }

    pub fn get_key_value<Q: __Key<K>>(&self, key: &Q) -> Option<(&K, &V)> {
        let i: usize = self.__find(key);
        if i == usize::MAX {
            return None;
        }
        match &self.slots[i] {
            __Slot::Full(k, v) => Some((k, v)),
            _ => None,
        }
    }

    pub fn contains_key<Q: __Key<K>>(&self, key: &Q) -> bool {
        self.__find(key) != usize::MAX
    }

    pub fn remove<Q: __Key<K>>(&mut self, key: &Q) -> Option<V> {
        let i: usize = self.__find(key);
        if i == usize::MAX {
            return None;
        }
        let old: __Slot<K, V> = __std_mem_replace(&mut self.slots[i], __Slot::Tomb);
        self.len -= 1;
        match old {
            __Slot::Full(_, v) => Some(v),
            _ => None,
        }
    }

    // `map[&key]`: panics if the key is absent
    pub fn index<Q: __Key<K>>(&mut self, key: &Q) -> &mut V {
        let i: usize = self.__find(key);
        if i == usize::MAX {
            __wr_panic_caller("key not found");
        }
        match &mut self.slots[i] {
            __Slot::Full(_, v) => v,
            _ => __wr_unreachable(),
        }
    }

    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        Entry { map: self, key: key }
    }

    pub fn iter(&self) -> HashIter<K, V> {
        HashIter { slots: self.slots.iter() }
    }

    pub fn iter_mut(&mut self) -> HashIterMut<K, V> {
        HashIterMut { slots: self.slots.iter_mut() }
    }

    pub fn keys(&self) -> Keys<K, V> {
        Keys { inner: self.iter() }
    }

    pub fn values(&self) -> Values<K, V> {
        Values { inner: self.iter() }
    }

    pub fn values_mut(&mut self) -> ValuesMut<K, V> {
        ValuesMut { inner: self.iter_mut() }
    }

    pub fn into_iter(self) -> HashIntoIter<K, V> {
        HashIntoIter { slots: self.slots.into_iter() }
    }

    pub fn extend<I: Iterator<Item = (K, V)>>(&mut self, iter: I) {
        let mut it: I = iter;
        while let Some((k, v)) = it.next() {
            self.insert(k, v);
        }
    }

    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut f: F) {
        let mut i: usize = 0;
        while i < self.slots.len() {
            let keep: bool = match &mut self.slots[i] {
                __Slot::Full(k, v) => f(k, v),
                _ => true,
            };
            if !keep {
                self.slots[i] = __Slot::Tomb;
                self.len -= 1;
            }
            i += 1;
        }
    }
}

impl<K: Hash + Eq, V> FromIterator<(K, V)> for HashMap<K, V> {
    fn from_iter<I: Iterator<Item = (K, V)>>(iter: I) -> HashMap<K, V> {
        let mut m: HashMap<K, V> = HashMap::new();
        m.extend(iter);
        m
    }
}

impl<K: Debug, V: Debug> __Debug for HashMap<K, V> {
    fn fmt(&self, f: &mut __Formatter) -> Result<(), __FmtError> {
        f.write_str("{");
        let mut first: bool = true;
        let mut it: Iter<__Slot<K, V>> = self.slots.iter();
        while let Some(s) = it.next() {
            match s {
                __Slot::Full(k, v) => {
                    if !first {
                        f.write_str(", ");
                    }
                    first = false;
                    let kv: String = format!("{:?}: {:?}", k, v);
                    f.write_str(&kv);
                }
                _ => {}
            }
        }
        f.write_str("}")
    }
}

pub struct Entry<'a, K, V> {
    map: &'a mut HashMap<K, V>,
    key: K,
}

impl<'a, K: Hash + Eq, V> Entry<'a, K, V> {
    pub fn or_insert(self, default: V) -> &'a mut V {
        let mut i: usize = self.map.__find(&self.key);
        if i == usize::MAX {
            i = self.map.__insert_new(self.key, default);
        }
        match &mut self.map.slots[i] {
            __Slot::Full(_, v) => v,
            _ => __wr_unreachable(),
        }
    }

    pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V {
        let mut i: usize = self.map.__find(&self.key);
        if i == usize::MAX {
            i = self.map.__insert_new(self.key, default());
        }
        match &mut self.map.slots[i] {
            __Slot::Full(_, v) => v,
            _ => __wr_unreachable(),
        }
    }

    pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &'a mut V {
        let mut i: usize = self.map.__find(&self.key);
        if i == usize::MAX {
            let v: V = default(&self.key);
            i = self.map.__insert_new(self.key, v);
        }
        match &mut self.map.slots[i] {
            __Slot::Full(_, v) => v,
            _ => __wr_unreachable(),
        }
    }

    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<'a, K, V> {
        let i: usize = self.map.__find(&self.key);
        if i != usize::MAX {
            match &mut self.map.slots[i] {
                __Slot::Full(_, v) => f(v),
                _ => {}
            }
        }
        self
    }

    pub fn key(&self) -> &K {
        &self.key
    }
}

impl<'a, K: Hash + Eq, V: Default> Entry<'a, K, V> {
    pub fn or_default(self) -> &'a mut V {
        self.or_insert_with(|| V::default())
    }
}

pub struct HashIter<K, V> {
    slots: Iter<__Slot<K, V>>,
}

impl<K, V> Iterator for HashIter<K, V> {
    type Item = (&K, &V);
    fn next(&mut self) -> Option<(&K, &V)> {
        while let Some(s) = self.slots.next() {
            match s {
                __Slot::Full(k, v) => return Some((k, v)),
                _ => {}
            }
        }
        None
    }
}

pub struct HashIterMut<K, V> {
    slots: IterMut<__Slot<K, V>>,
}

impl<K, V> Iterator for HashIterMut<K, V> {
    type Item = (&K, &mut V);
    fn next(&mut self) -> Option<(&K, &mut V)> {
        while let Some(s) = self.slots.next() {
            match s {
                __Slot::Full(k, v) => return Some((k, v)),
                _ => {}
            }
        }
        None
    }
}

pub struct HashIntoIter<K, V> {
    slots: IntoIter<__Slot<K, V>>,
}

impl<K, V> Iterator for HashIntoIter<K, V> {
    type Item = (K, V);
    fn next(&mut self) -> Option<(K, V)> {
        while let Some(s) = self.slots.next() {
            match s {
                __Slot::Full(k, v) => return Some((k, v)),
                _ => {}
            }
        }
        None
    }
}

pub struct Keys<K, V> {
    inner: HashIter<K, V>,
}

impl<K, V> Iterator for Keys<K, V> {
    type Item = &K;
    fn next(&mut self) -> Option<&K> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}

pub struct Values<K, V> {
    inner: HashIter<K, V>,
}

impl<K, V> Iterator for Values<K, V> {
    type Item = &V;
    fn next(&mut self) -> Option<&V> {
        match self.inner.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }
}

pub struct ValuesMut<K, V> {
    inner: HashIterMut<K, V>,
}

impl<K, V> Iterator for ValuesMut<K, V> {
    type Item = &mut V;
    fn next(&mut self) -> Option<&mut V> {
        match self.inner.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }
}

// ---- HashSet<T>: a HashMap<T, ()> ----
pub struct HashSet<T> {
    map: HashMap<T, ()>,
}

impl<T: Hash + Eq> HashSet<T> {
    pub fn new() -> HashSet<T> {
        HashSet { map: HashMap::new() }
    }

    pub fn with_capacity(capacity: usize) -> HashSet<T> {
        HashSet { map: HashMap::with_capacity(capacity) }
    }

    pub fn insert(&mut self, value: T) -> bool {
        if self.map.contains_key(&value) {
            return false;
        }
        self.map.__insert_new(value, ());
        true
    }

    pub fn contains<Q: __Key<T>>(&self, value: &Q) -> bool {
        self.map.contains_key(value)
    }

    pub fn remove<Q: __Key<T>>(&mut self, value: &Q) -> bool {
        self.map.remove(value).is_some()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.len() == 0
    }

    pub fn clear(&mut self) {
        self.map.clear();
    }

    pub fn iter(&self) -> Keys<T, ()> {
        self.map.keys()
    }

    pub fn into_iter(self) -> SetIntoIter<T> {
        SetIntoIter { inner: self.map.into_iter() }
    }

    pub fn extend<I: Iterator<Item = T>>(&mut self, iter: I) {
        let mut it: I = iter;
        while let Some(x) = it.next() {
            self.insert(x);
        }
    }

    pub fn get<Q: __Key<T>>(&self, value: &Q) -> Option<&T> {
        match self.map.get_key_value(value) {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    pub fn is_subset(&self, other: &HashSet<T>) -> bool {
        self.iter().all(|x| other.contains(x))
    }

    pub fn is_superset(&self, other: &HashSet<T>) -> bool {
        other.is_subset(self)
    }

    pub fn is_disjoint(&self, other: &HashSet<T>) -> bool {
        !self.iter().any(|x| other.contains(x))
    }

    // Set operations give iterators over references (collected here: the order is this set's).
    pub fn intersection(&self, other: &HashSet<T>) -> IntoIter<&T> {
        let mut out: Vec<&T> = Vec::new();
        let mut it: Keys<T, ()> = self.iter();
        while let Some(x) = it.next() {
            if other.contains(x) {
                out.push(x);
            }
        }
        out.into_iter()
    }

    pub fn difference(&self, other: &HashSet<T>) -> IntoIter<&T> {
        let mut out: Vec<&T> = Vec::new();
        let mut it: Keys<T, ()> = self.iter();
        while let Some(x) = it.next() {
            if !other.contains(x) {
                out.push(x);
            }
        }
        out.into_iter()
    }

    pub fn union(&self, other: &HashSet<T>) -> IntoIter<&T> {
        let mut out: Vec<&T> = Vec::new();
        let mut it: Keys<T, ()> = self.iter();
        while let Some(x) = it.next() {
            out.push(x);
        }
        let mut it2: Keys<T, ()> = other.iter();
        while let Some(x) = it2.next() {
            if !self.contains(x) {
                out.push(x);
            }
        }
        out.into_iter()
    }

    pub fn symmetric_difference(&self, other: &HashSet<T>) -> IntoIter<&T> {
        let mut out: Vec<&T> = Vec::new();
        let mut it: Keys<T, ()> = self.iter();
        while let Some(x) = it.next() {
            if !other.contains(x) {
                out.push(x);
            }
        }
        let mut it2: Keys<T, ()> = other.iter();
        while let Some(x) = it2.next() {
            if !self.contains(x) {
                out.push(x);
            }
        }
        out.into_iter()
    }
}

impl<T: Hash + Eq> FromIterator<T> for HashSet<T> {
    fn from_iter<I: Iterator<Item = T>>(iter: I) -> HashSet<T> {
        let mut s: HashSet<T> = HashSet::new();
        s.extend(iter);
        s
    }
}

impl<T: Debug> __Debug for HashSet<T> {
    fn fmt(&self, f: &mut __Formatter) -> Result<(), __FmtError> {
        f.write_str("{");
        let mut first: bool = true;
        let mut it: Iter<__Slot<T, ()>> = self.map.slots.iter();
        while let Some(s) = it.next() {
            match s {
                __Slot::Full(k, _) => {
                    if !first {
                        f.write_str(", ");
                    }
                    first = false;
                    let ks: String = format!("{:?}", k);
                    f.write_str(&ks);
                }
                _ => {}
            }
        }
        f.write_str("}")
    }
}

pub struct SetIntoIter<T> {
    inner: HashIntoIter<T, ()>,
}

impl<T> Iterator for SetIntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}

impl<K: Hash + Eq, V> Default for HashMap<K, V> {
    fn default() -> HashMap<K, V> {
        HashMap::new()
    }
}

impl<T: Hash + Eq> Default for HashSet<T> {
    fn default() -> HashSet<T> {
        HashSet::new()
    }
}

impl<K: Hash + Eq + Clone, V: Clone> HashMap<K, V> {
    // `.clone()` (the compiler calls this for a map and for derived Clone around one)
    pub fn __deep_clone(&self) -> HashMap<K, V> {
        let mut m: HashMap<K, V> = HashMap::with_capacity(self.len);
        let mut it: HashIter<K, V> = self.iter();
        while let Some((k, v)) = it.next() {
            m.insert(k.clone(), v.clone());
        }
        m
    }
}

impl<T: Hash + Eq + Clone> HashSet<T> {
    pub fn __deep_clone(&self) -> HashSet<T> {
        HashSet { map: self.map.__deep_clone() }
    }
}

impl<K: Hash + Eq, V: PartialEq> HashMap<K, V> {
    // `a == b` (the compiler calls this): the same keys with equal values, in any order
    pub fn __eq(&self, other: &HashMap<K, V>) -> bool {
        if self.len != other.len {
            return false;
        }
        let mut it: HashIter<K, V> = self.iter();
        while let Some((k, v)) = it.next() {
            match other.get(k) {
                Some(w) => {
                    if v != w {
                        return false;
                    }
                }
                None => return false,
            }
        }
        true
    }
}

impl<T: Hash + Eq> HashSet<T> {
    pub fn __eq(&self, other: &HashSet<T>) -> bool {
        self.len() == other.len() && self.is_subset(other)
    }
}
