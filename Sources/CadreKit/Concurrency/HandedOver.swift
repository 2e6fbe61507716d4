/// A value one thread gives to another and does not touch again until that thread has been
/// joined: a file reader whose header the calling thread read before the rows are read on a
/// second one. The one place a non-`Sendable` value crosses threads, written out at each use
/// so a reviewer sees it; the database connection never does (it is not `Sendable`, and
/// nothing hands it over).
///
/// `@unchecked Sendable`, and safe only as used: the giving thread keeps no other path to
/// the value while the receiving thread runs.
package struct HandedOver<Value>: @unchecked Sendable {
    package let value: Value

    package init(_ value: Value) { self.value = value }
}
