/// Word's automatic list numbering (`numbering.xml`, ECMA-376 §17.9): the level definitions, and the
/// counters that give each numbered paragraph its label ("一、", "（二）", "1.2") in document order.
struct ListNumbering {
  struct Level {
    var start = 1
    var format = "decimal"
    /// `%1、`, `（%2）`, `%1.%2`: `%n` is level n's current number.
    var text = ""
    /// `w:isLgl`: every number in the label in Arabic digits.
    var isLegal = false
    /// What follows the label: `tab` (the default), `space` or `nothing`.
    var suffix = "tab"
    /// The paragraph style this level is linked to, if any.
    var style: String?
  }

  struct Instance {
    var abstractID: String
    /// `w:lvlOverride`: a restart value, or a whole level definition.
    var startOverrides: [Int: Int] = [:]
    var levelOverrides: [Int: Level] = [:]
  }

  private(set) var abstracts: [String: [Int: Level]] = [:]
  private(set) var instances: [String: Instance] = [:]
  /// Current numbers per abstract definition (Word continues a list across instances of one definition).
  private var counters: [String: [Int: Int]] = [:]
  private var usedInstances: Set<String> = []

  init() {}

  init(xml: [UInt8]) throws(WordFileError) {
    var abstractID: String?
    var instanceID: String?
    var level: (index: Int, definition: Level)?
    var overrideLevel: Int?
    var abstracts: [String: [Int: Level]] = [:]
    var instances: [String: Instance] = [:]
    try WordNamespace.elements(of: xml) { local, attributes in
      guard let attributes else {
        switch local {
        case "lvl":
          if let finished = level {
            if let instanceID, let overrideLevel {
              instances[instanceID]?.levelOverrides[overrideLevel] = finished.definition
            } else if let abstractID {
              abstracts[abstractID, default: [:]][finished.index] = finished.definition
            }
          }
          level = nil
        case "abstractNum": abstractID = nil
        case "num": instanceID = nil
        case "lvlOverride": overrideLevel = nil
        default: break
        }
        return
      }
      let value = WordNamespace.value(attributes)
      switch local {
      case "abstractNum": abstractID = WordNamespace.attribute("abstractNumId", attributes)
      case "num": instanceID = WordNamespace.attribute("numId", attributes)
      case "abstractNumId":
        if let instanceID, let value { instances[instanceID] = Instance(abstractID: value) }
      case "lvlOverride": overrideLevel = WordNamespace.attribute("ilvl", attributes).flatMap { Int($0) }
      case "startOverride":
        if let instanceID, let overrideLevel, let start = value.flatMap({ Int($0) }) {
          instances[instanceID]?.startOverrides[overrideLevel] = start
        }
      case "lvl":
        if let index = WordNamespace.attribute("ilvl", attributes).flatMap({ Int($0) }), (0..<9).contains(index) {
          level = (index, Level())
        }
      case "start": if let start = value.flatMap({ Int($0) }) { level?.definition.start = start }
      case "numFmt": if let value { level?.definition.format = value }
      case "lvlText": if let value { level?.definition.text = value }
      case "isLgl": level?.definition.isLegal = WordNamespace.isOn(value)
      case "suff": if let value { level?.definition.suffix = value }
      case "pStyle": if let value { level?.definition.style = value }
      default: break
      }
    }
    self.abstracts = abstracts
    self.instances = instances
  }

  /// The level of instance `id` linked to paragraph style `style` (headings numbered through their style).
  func level(linkedTo style: String, in id: String) -> Int? {
    guard let instance = instances[id], let levels = abstracts[instance.abstractID] else { return nil }
    return levels.first { $0.value.style == style }?.key
  }

  /// Advances the list of instance `id` at `level` and returns the label with its suffix, or nil when the
  /// paragraph is not numbered (unknown instance, `numId` 0, a bullet, or an empty label).
  mutating func nextLabel(instance id: String, level: Int) -> String? {
    guard let instance = instances[id], (0..<9).contains(level) else { return nil }
    let abstractID = instance.abstractID
    func definition(_ index: Int) -> Level {
      instance.levelOverrides[index] ?? abstracts[abstractID]?[index] ?? Level(text: "%\(index + 1).")
    }
    var numbers = counters[abstractID] ?? [:]
    if usedInstances.insert(id).inserted {
      for (index, start) in instance.startOverrides where (0..<9).contains(index) {
        numbers[index] = start - 1
        for deeper in (index + 1)..<9 { numbers[deeper] = nil }
      }
    }
    let current = definition(level)
    numbers[level] = numbers[level].map { $0 + 1 } ?? current.start
    for deeper in (level + 1)..<9 { numbers[deeper] = nil }
    counters[abstractID] = numbers
    guard current.format != "bullet" else { return nil }

    var label = ""
    var characters = current.text.makeIterator()
    while let character = characters.next() {
      guard character == "%" else {
        label.append(character)
        continue
      }
      guard let digit = characters.next(), let referenced = Int(String(digit)), (1...9).contains(referenced) else {
        continue
      }
      let index = referenced - 1
      let value = numbers[index] ?? definition(index).start
      let format = current.isLegal && index < level ? "decimal" : definition(index).format
      label += ListNumberFormat.render(value, format: format)
    }
    guard !label.isEmpty else { return nil }
    return current.suffix == "space" ? label + " " : label
  }
}

/// Paragraph styles: what each is based on and the list it is numbered with (`styles.xml`).
struct ParagraphStyles {
  struct Style {
    var basedOn: String?
    var numberingInstance: String?
    var numberingLevel: Int?
  }

  private(set) var styles: [String: Style] = [:]

  init() {}

  init(xml: [UInt8]) throws(WordFileError) {
    var current: (id: String, style: Style)?
    var styles: [String: Style] = [:]
    try WordNamespace.elements(of: xml) { local, attributes in
      guard let attributes else {
        if local == "style", let finished = current {
          styles[finished.id] = finished.style
          current = nil
        }
        return
      }
      let value = WordNamespace.value(attributes)
      switch local {
      case "style":
        current =
          WordNamespace.attribute("type", attributes) == "paragraph"
          ? WordNamespace.attribute("styleId", attributes).map { ($0, Style()) } : nil
      case "basedOn": current?.style.basedOn = value
      case "numId": current?.style.numberingInstance = value
      case "ilvl": current?.style.numberingLevel = value.flatMap { Int($0) }
      default: break
      }
    }
    self.styles = styles
  }

  /// The numbering a paragraph of `style` inherits: the nearest style in its `basedOn` chain that names one.
  func numbering(of style: String) -> (instance: String, level: Int?)? {
    var visited: Set<String> = []
    var id: String? = style
    while let current = id, visited.insert(current).inserted, let definition = styles[current] {
      if let instance = definition.numberingInstance { return (instance, definition.numberingLevel) }
      id = definition.basedOn
    }
    return nil
  }
}

/// The WordprocessingML namespaces (transitional and strict) and attribute helpers.
enum WordNamespace {
  static let transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
  static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

  static func isMain(_ namespace: String) -> Bool { namespace == transitional || namespace == strict }

  /// The `w:`-qualified attribute `local`.
  static func attribute(_ local: String, _ attributes: [XMLAttribute]) -> String? {
    attributes.first { $0.name.local == local && isMain($0.name.namespace) }?.value
  }

  /// Calls `visit` for each WordprocessingML element of `xml` in document order: with its attributes at its
  /// start, with nil at its end. Elements of other namespaces and text are skipped.
  static func elements(
    of xml: [UInt8], _ visit: (_ local: String, _ attributes: [XMLAttribute]?) -> Void
  ) throws(WordFileError) {
    var reader = try XMLReader(xml)
    while let event = try reader.next() {
      switch event {
      case .start(let name, let attributes) where isMain(name.namespace): visit(name.local, attributes)
      case .end(let name) where isMain(name.namespace): visit(name.local, nil)
      default: break
      }
    }
  }

  /// `w:val`.
  static func value(_ attributes: [XMLAttribute]) -> String? { attribute("val", attributes) }

  /// An on/off property: present without a value, or `true`/`1`/`on`.
  static func isOn(_ value: String?) -> Bool {
    guard let value else { return true }
    return value == "true" || value == "1" || value == "on"
  }
}
