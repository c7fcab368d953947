package dev.durableagents.processor;

import static dev.durableagents.processor.Schemas.json;
import static dev.durableagents.processor.Schemas.output;
import static dev.durableagents.processor.Schemas.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** One test per kind of Java type: the schema the processor generates for it. */
class SchemaKindsTest {

  private static void assertSchema(String expected, JsonNode actual) {
    assertEquals(json(expected), actual, () -> "actual: " + actual);
  }

  private static JsonNode value(JsonNode toolSchema) {
    return toolSchema.at("/properties/value");
  }

  @Test
  void primitivesBoxesAndStrings() {
    assertSchema(
        """
        {'type':'object','properties':{
          'a':{'type':'boolean'},'b':{'type':'boolean'},
          'c':{'type':'integer'},'d':{'type':'integer'},'e':{'type':'integer'},
          'f':{'type':'integer'},'g':{'type':'integer'},
          'h':{'type':'number'},'i':{'type':'number'},'j':{'type':'number'},
          'k':{'type':'string','pattern':'^[\\\\s\\\\S]$'},
          'l':{'type':'string','pattern':'^[\\\\s\\\\S]$'},
          'm':{'type':'string'},'n':{'type':'string'}},
         'required':['a','b','c','d','e','f','g','h','i','j','k','l','m','n'],
         'additionalProperties':false}
        """,
        output(
            true,
            "Scalars",
            "record Scalars(boolean a, Boolean b, byte c, short d, int e, long f, Long g,"
                + " float h, double i, Double j, char k, Character l, String m,"
                + " CharSequence n) {}"));
  }

  @Test
  void numbersAndIdentifiers() {
    assertSchema(
        """
        {'type':'object','properties':{
          'amount':{'type':'number'},'count':{'type':'integer'},
          'id':{'type':'string','format':'uuid'},'link':{'type':'string'},
          'data':{'type':'string','pattern':'^[A-Za-z0-9+/]*={0,2}$'},
          'letters':{'type':'string'}},
         'required':['amount','count','id','link','data','letters'],
         'additionalProperties':false}
        """,
        output(
            true,
            "Ids",
            "record Ids(BigDecimal amount, BigInteger count, UUID id, URI link, byte[] data,"
                + " char[] letters) {}"));
  }

  @Test
  void plainSchemasUseFormatsStrictModeDoesNotKnow() {
    assertSchema(
        """
        {'type':'object','properties':{
          'link':{'type':'string','format':'uri'},
          'data':{'type':'string','pattern':'^[A-Za-z0-9+/]*={0,2}$',
                  'contentEncoding':'base64'}},
         'required':['link','data'],'additionalProperties':false}
        """,
        output(false, "Ids", "record Ids(URI link, byte[] data) {}"));
  }

  @Test
  void enumUsesConstantNamesAndJsonProperty() {
    assertSchema(
        """
        {'description':'How urgent.','type':'string','enum':['LOW','high']}
        """,
        value(
            tool(
                true,
                "Priority",
                "/** How urgent. */",
                "enum Priority { LOW, @JsonProperty(\"high\") HIGH }")));
  }

  @Test
  void recordDescriptionsFromJavadocAndJackson() {
    assertSchema(
        """
        {'description':'An order line.','type':'object','properties':{
          'sku':{'type':'string','description':'the stock keeping unit'},
          'qty':{'type':'integer','description':'how many'}},
         'required':['sku','qty'],'additionalProperties':false}
        """,
        value(
            tool(
                true,
                "Item",
                "/**",
                " * Not this one.",
                " *",
                " * @param sku the stock keeping unit",
                " */",
                "@JsonClassDescription(\"An order line.\")",
                "record Item(String sku,",
                "    @JsonProperty(\"qty\") @JsonPropertyDescription(\"how many\") int quantity,",
                "    @JsonIgnore String internal) {}")));
  }

  @Test
  void javaBeanAsJacksonSeesIt() {
    assertSchema(
        """
        {'type':'object','properties':{
          'name':{'type':'string','description':'The full name.'},
          'years':{'type':'integer'},
          'active':{'type':'boolean'},
          'tags':{'type':'array','items':{'type':'string'}},
          'nickname':{'type':'string'}},
         'required':['name','years','active','tags','nickname'],
         'additionalProperties':false}
        """,
        value(
            tool(
                true,
                "Person",
                "class Person {",
                "  /** The full name. */",
                "  private String name;",
                "  @JsonProperty(\"years\") private int age;",
                "  private boolean active;",
                "  private final List<String> tags = new ArrayList<>();",
                "  public String nickname;",
                "  private String secret;",
                "  public String getName() { return name; }",
                "  public void setName(String name) { this.name = name; }",
                "  public int getAge() { return age; }",
                "  public boolean isActive() { return active; }",
                "  public void setActive(boolean active) { this.active = active; }",
                "  public List<String> getTags() { return tags; }",
                "  @JsonIgnore public String getSecret() { return secret; }",
                "  public void setSecret(String secret) { this.secret = secret; }",
                "}")));
  }

  @Test
  void beanWithJsonCreator() {
    assertSchema(
        """
        {'type':'object','properties':{
          'id':{'type':'string'},'balance':{'type':'number'}},
         'required':['id','balance'],'additionalProperties':false}
        """,
        value(
            tool(
                true,
                "Account",
                "final class Account {",
                "  private final String id;",
                "  private final double balance;",
                "  @JsonCreator Account(@JsonProperty(\"id\") String id,",
                "      @JsonProperty(\"balance\") double balance) {",
                "    this.id = id; this.balance = balance;",
                "  }",
                "  public String getId() { return id; }",
                "  public double getBalance() { return balance; }",
                "}")));
  }

  @Test
  void genericTypesWithTheirArgumentsResolved() {
    assertSchema(
        """
        {'type':'object','properties':{
          'items':{'type':'array','items':{'type':'object','properties':{
            'sku':{'type':'string'}},'required':['sku'],'additionalProperties':false}},
          'total':{'type':'integer'},
          'first':{'type':'object','properties':{'sku':{'type':'string'}},
                   'required':['sku'],'additionalProperties':false}},
         'required':['items','total','first'],'additionalProperties':false}
        """,
        value(
            tool(
                true,
                "Page<Item>",
                "record Item(String sku) {}",
                "record Page<T>(List<T> items, int total, T first) {}")));
  }

  @Test
  void collectionsAndArrays() {
    assertSchema(
        """
        {'type':'object','properties':{
          'list':{'type':'array','items':{'type':'string'}},
          'set':{'type':'array','items':{'type':'integer'}},
          'coll':{'type':'array','items':{'type':'boolean'}},
          'array':{'type':'array','items':{'type':'string'}},
          'matrix':{'type':'array','items':{'type':'array','items':{'type':'integer'}}},
          'nested':{'type':'array','items':{'type':'array','items':{'type':'number'}}}},
         'required':['list','set','coll','array','matrix','nested'],
         'additionalProperties':false}
        """,
        value(
            tool(
                true,
                "Lists",
                "record Lists(List<String> list, Set<Integer> set, Collection<Boolean> coll,",
                "    String[] array, int[][] matrix, List<List<Double>> nested) {}")));
  }

  @Test
  void mapsInPlainSchemas() {
    assertSchema(
        """
        {'type':'object','properties':{
          'byName':{'type':'object','additionalProperties':{'type':'integer'}},
          'byNumber':{'type':'object','propertyNames':{'pattern':'^-?[0-9]+$'},
                      'additionalProperties':{'type':'string'}},
          'byColor':{'type':'object','propertyNames':{'enum':['RED','GREEN']},
                     'additionalProperties':{'type':'boolean'}},
          'byId':{'type':'object','propertyNames':{'format':'uuid'},
                  'additionalProperties':{'type':'string'}}},
         'required':['byName','byNumber','byColor','byId'],'additionalProperties':false}
        """,
        value(
            tool(
                false,
                "Maps",
                "enum Color { RED, GREEN }",
                "record Maps(Map<String, Integer> byName, Map<Integer, String> byNumber,",
                "    EnumMap<Color, Boolean> byColor, SortedMap<UUID, String> byId) {}")));
  }

  @Test
  void optionalAndNullableValues() {
    assertSchema(
        """
        {'type':'object','properties':{
          'a':{'type':['string','null']},
          'b':{'type':['integer','null']},
          'c':{'type':['string','null']},
          'd':{'type':'array','items':{'type':['string','null']}},
          'e':{'anyOf':[{'type':'object','properties':{'sku':{'type':'string'}},
                         'required':['sku'],'additionalProperties':false},
                        {'type':'null'}]},
          'f':{'anyOf':[{'type':'string','enum':['RED']},{'type':'null'}]},
          'g':{'type':['number','null']}},
         'required':['a','b','c','d','e','f','g'],'additionalProperties':false}
        """,
        value(
            tool(
                true,
                "Holder",
                "@java.lang.annotation.Target({java.lang.annotation.ElementType.TYPE_USE})",
                "@interface Nullable {}",
                "@interface CheckedNullable {}",
                "record Item(String sku) {}",
                "enum Color { RED }",
                "record Holder(Optional<String> a, OptionalInt b, @Nullable String c,",
                "    List<@Nullable String> d, Optional<Item> e, @Nullable Color f,",
                "    OptionalDouble g) {}")));
  }

  @Test
  void nullableToolParameterByDeclarationAnnotation() {
    JsonNode schema = tool(true, "@Nullable String", "@interface Nullable {}");
    assertSchema("{'type':['string','null']}", value(schema));
    assertSchema("['value']", schema.get("required"));
  }

  @Test
  void datesAndTimesAsJacksonWritesThem() {
    assertSchema(
"""
{'type':'object','properties':{
  'instant':{'type':'string','format':'date-time'},
  'offset':{'type':'string','format':'date-time'},
  'zoned':{'type':'string','format':'date-time'},
  'date':{'type':'string','format':'date'},
  'local':{'type':'string',
           'pattern':'^-?\\\\d{4,}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}(:\\\\d{2}(\\\\.\\\\d{1,9})?)?$'},
  'time':{'type':'string','pattern':'^\\\\d{2}:\\\\d{2}(:\\\\d{2}(\\\\.\\\\d{1,9})?)?$'},
  'offsetTime':{'type':'string',
    'pattern':'^\\\\d{2}:\\\\d{2}(:\\\\d{2}(\\\\.\\\\d{1,9})?)?(Z|[+-]\\\\d{2}:\\\\d{2}(:\\\\d{2})?)$'},
  'duration':{'type':'number'},
  'period':{'type':'string','format':'duration'},
  'year':{'type':'string','pattern':'^-?\\\\d{4,}$'},
  'month':{'type':'string','enum':['JANUARY','FEBRUARY','MARCH','APRIL','MAY','JUNE',
           'JULY','AUGUST','SEPTEMBER','OCTOBER','NOVEMBER','DECEMBER']},
  'legacy':{'type':'string','format':'date-time'},
  'formatted':{'type':'string'}},
 'required':['instant','offset','zoned','date','local','time','offsetTime','duration',
             'period','year','month','legacy','formatted'],
 'additionalProperties':false}
""",
        value(
            tool(
                true,
                "Times",
                "record Times(Instant instant, OffsetDateTime offset, ZonedDateTime zoned,",
                "    LocalDate date, LocalDateTime local, LocalTime time, OffsetTime offsetTime,",
                "    Duration duration, Period period, Year year, Month month, Date legacy,",
                "    @JsonFormat(pattern = \"dd.MM.yyyy\") LocalDate formatted) {}")));
  }

  @Test
  void recursiveRecordThroughDefs() {
    assertSchema(
        """
        {'type':'object','properties':{'value':{'$ref':'#/$defs/Node'}},
         'required':['value'],'additionalProperties':false,
         '$defs':{'Node':{'type':'object','properties':{
           'name':{'type':'string'},
           'children':{'type':'array','items':{'$ref':'#/$defs/Node'}},
           'parent':{'anyOf':[{'$ref':'#/$defs/Node'},{'type':'null'}]}},
           'required':['name','children','parent'],'additionalProperties':false}}}
        """,
        tool(
            true,
            "Node",
            "record Node(String name, List<Node> children, Optional<Node> parent) {}"));
  }

  @Test
  void recursiveOutputKeepsAnObjectAtTheRoot() {
    assertSchema(
        """
        {'type':'object','properties':{
           'name':{'type':'string'},
           'children':{'type':'array','items':{'$ref':'#/$defs/Node'}}},
         'required':['name','children'],'additionalProperties':false,
         '$defs':{'Node':{'type':'object','properties':{
           'name':{'type':'string'},
           'children':{'type':'array','items':{'$ref':'#/$defs/Node'}}},
           'required':['name','children'],'additionalProperties':false}}}
        """,
        output(true, "Node", "record Node(String name, List<Node> children) {}"));
  }

  private static final String[] SHAPES = {
    "/** A shape. */",
    "@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = \"kind\")",
    "@JsonSubTypes({@JsonSubTypes.Type(Circle.class),",
    "    @JsonSubTypes.Type(value = Square.class, name = \"square\")})",
    "sealed interface Shape permits Circle, Square {}",
    "record Circle(double radius) implements Shape {}",
    "@JsonTypeName(\"ignored\") record Square(double side) implements Shape {}",
  };

  @Test
  void sealedHierarchyAsAnyOfWithTypeIds() {
    assertSchema(
        """
        {'description':'A shape.','anyOf':[
          {'type':'object','properties':{
             'kind':{'type':'string','enum':['Subject$Circle']},'radius':{'type':'number'}},
           'required':['kind','radius'],'additionalProperties':false},
          {'type':'object','properties':{
             'kind':{'type':'string','enum':['square']},'side':{'type':'number'}},
           'required':['kind','side'],'additionalProperties':false}]}
        """,
        value(tool(true, "Shape", SHAPES)));
  }

  @Test
  void subtypeOnItsOwnCarriesItsTypeId() {
    assertSchema(
        """
        {'type':'object','properties':{
           'kind':{'type':'string','enum':['square']},'side':{'type':'number'}},
         'required':['kind','side'],'additionalProperties':false}
        """,
        value(tool(true, "Square", SHAPES)));
  }

  @Test
  void recursivePolymorphicType() {
    assertSchema(
        """
        {'type':'object','properties':{'value':{'$ref':'#/$defs/Expr'}},
         'required':['value'],'additionalProperties':false,
         '$defs':{'Expr':{'anyOf':[
           {'type':'object','properties':{'@type':{'type':'string','enum':['num']},
             'value':{'type':'integer'}},'required':['@type','value'],
             'additionalProperties':false},
           {'type':'object','properties':{'@type':{'type':'string','enum':['add']},
             'left':{'$ref':'#/$defs/Expr'},'right':{'$ref':'#/$defs/Expr'}},
             'required':['@type','left','right'],'additionalProperties':false}]}}}
        """,
        tool(
            true,
            "Expr",
            "@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)",
            "@JsonSubTypes({@JsonSubTypes.Type(value = Num.class, name = \"num\"),",
            "    @JsonSubTypes.Type(value = Add.class, name = \"add\")})",
            "sealed interface Expr permits Num, Add {}",
            "record Num(int value) implements Expr {}",
            "record Add(Expr left, Expr right) implements Expr {}"));
  }

  @Test
  void classIdsNeedNoSubtypeList() {
    assertSchema(
        """
        {'anyOf':[
          {'type':'object','properties':{'@class':{'type':'string','enum':['kinds.Subject$Dog']},
             'name':{'type':'string'}},'required':['@class','name'],
             'additionalProperties':false},
          {'type':'object','properties':{'@class':{'type':'string','enum':['kinds.Subject$Cat']},
             'lives':{'type':'integer'}},'required':['@class','lives'],
             'additionalProperties':false}]}
        """,
        value(
            tool(
                true,
                "Animal",
                "@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)",
                "sealed interface Animal permits Dog, Cat {}",
                "record Dog(String name) implements Animal {}",
                "record Cat(int lives) implements Animal {}")));
  }

  @Test
  void nonObjectOutputsAreWrappedInResponse() {
    assertSchema(
        """
        {'type':'object','properties':{'response':{'type':'array','items':{'type':'string'}}},
         'required':['response'],'additionalProperties':false}
        """,
        output(true, "List<String>"));
    assertSchema(
        """
        {'type':'object','properties':{'response':{'type':'integer'}},
         'required':['response'],'additionalProperties':false}
        """,
        output(true, "int"));
    assertSchema(
        """
        {'type':'object','properties':{'response':{'type':'string','enum':['A','B']}},
         'required':['response'],'additionalProperties':false}
        """,
        output(true, "Letter", "enum Letter { A, B }"));
  }

  @Test
  void polymorphicOutputIsWrapped() {
    JsonNode schema = output(true, "Shape", SHAPES);
    assertEquals(json("['response']"), schema.get("required"));
    assertEquals(2, schema.at("/properties/response/anyOf").size());
  }

  @Test
  void mapOutputWithStrictOutputOff() {
    assertSchema(
        """
        {'type':'object','properties':{'response':{'type':'object',
           'additionalProperties':{'type':'integer'}}},
         'required':['response'],'additionalProperties':false}
        """,
        output(false, "Map<String, Integer>"));
  }

  @Test
  void toolParameterDescriptions() {
    JsonNode schema =
        tool(true, "@JsonPropertyDescription(\"from Jackson\") String", new String[0]);
    assertSchema("{'type':'string','description':'from Jackson'}", value(schema));
  }
}
