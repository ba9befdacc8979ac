<#--
  Freshet's grammar, included by FMPP into Calcite's Parser.jj (see config.fmpp for where each
  production is hooked in, and parser-template.patches for the few places patched).

  Conventions:
  - Productions are named Freshet*; Java logic lives in dev.freshet.sql.parser.impl classes and the
    AST in dev.freshet.sql.ast. Actions stay small and use only Java that JavaCC 4.0 parses (no
    lambdas, no diamond).
  - Where PostgreSQL accepts any word (option and parameter names, COPY opts, ...), FreshetWord
    consumes one keyword-or-identifier token; it is always guarded by a semantic lookahead on
    GrammarActions.isWord, so it never has to fail.
  - Semantic lookaheads refer only to tokens, never to local variables, because JavaCC may also
    evaluate them inside the lookahead routines of enclosing productions.
-->

<#-- ===================================================================== -->
<#-- Tokens. Defined before Calcite's keywords and identifiers, so they win  -->
<#-- ties of equal length.                                                  -->
<#-- ===================================================================== -->

<DEFAULT, DQID, BTID, BQID, BQHID> TOKEN :
{
    < INFIX_CAST: "::" >
|   < JSON_GET_TEXT: "->>" >
|   < NEGATE: "!" >
|   < TILDE: "~" >
|   < DOLLAR_PARAM: "$" (["0"-"9"])+ >
|   < DOLLAR_QUOTED_STRING: "$$" ( (~["$"]) | ("$" ~["$"]) )* "$$" >
    // PostgreSQL identifiers may contain '$' but not start with it, so that $1 is a parameter.
|   < #IDENTIFIER_START:
    [
        "\u0041"-"\u005a",
        "\u005f",
        "\u0061"-"\u007a",
        "\u00c0"-"\u00d6",
        "\u00d8"-"\u00f6",
        "\u00f8"-"\u00ff",
        "\u0100"-"\u1fff",
        "\u3040"-"\u318f",
        "\u3300"-"\u337f",
        "\u3400"-"\u3d2d",
        "\u4e00"-"\u9fff",
        "\uf900"-"\ufaff"
    ]
    >
}

// PostgreSQL's escape string E'...'. Same text as Calcite's C_STYLE_ESCAPED_STRING_LITERAL,
// which it shadows: Calcite reads those as UTF-16 literals, we decode PostgreSQL's escapes.
<DEFAULT, DQID, BTID> TOKEN :
{
    < ESCAPE_STRING_LITERAL: ["e","E"] <QUOTE> ( (~["'", "\\"]) | ("\\" ~[]) | "''" )* <QUOTE> >
}

<#-- ===================================================================== -->
<#-- Shared pieces.                                                        -->
<#-- ===================================================================== -->

/** Consumes one word (unquoted identifier or keyword, reserved or not) and returns its token. */
JAVACODE Token FreshetWordToken() {
    final Token t = getToken(1);
    if (!GrammarActions.isWord(t.image)) {
        throw new ParseException(token, new int[0][], tokenImage);
    }
    return getNextToken();
}

/** Consumes one word and returns it lower-cased. */
JAVACODE String FreshetWord() {
    return FreshetWordToken().image.toLowerCase(Locale.ROOT);
}

/** One segment of a name where any word is allowed: a word, or a quoted identifier. */
void FreshetNameSegment(List<String> names, List<SqlParserPos> positions) :
{
    final String word;
}
{
    (
        LOOKAHEAD({ GrammarActions.isWord(getToken(1).image) })
        word = FreshetWord() {
            names.add(word);
            positions.add(getPos());
        }
    |
        AddIdentifierSegment(names, positions)
    )
}

/** A possibly dotted name whose segments may be any word ({@code properties.bootstrap.server}). */
SqlIdentifier FreshetName() :
{
    final List<String> names = new ArrayList<String>();
    final List<SqlParserPos> positions = new ArrayList<SqlParserPos>();
}
{
    FreshetNameSegment(names, positions)
    ( <DOT> FreshetNameSegment(names, positions) )*
    {
        return new SqlIdentifier(names, null, SqlParserPos.sum(positions), positions);
    }
}

/** A string literal in any of PostgreSQL's spellings, as its value. */
String FreshetStringValue() :
{
}
{
    <QUOTED_STRING> {
        return SqlParserUtil.parseString(token.image);
    }
|
    <ESCAPE_STRING_LITERAL> {
        return PostgresStringLiterals.decodeEscapeString(token.image, getPos());
    }
|
    <DOLLAR_QUOTED_STRING> {
        return PostgresStringLiterals.decodeDollarQuoted(token.image);
    }
}

/** Literal hook: escape strings and dollar-quoted strings in expressions. */
SqlNode FreshetStringLiteral() :
{
    final String value;
}
{
    (
        <ESCAPE_STRING_LITERAL> {
            value = PostgresStringLiterals.decodeEscapeString(token.image, getPos());
        }
    |
        <DOLLAR_QUOTED_STRING> {
            value = PostgresStringLiterals.decodeDollarQuoted(token.image);
        }
    )
    {
        return SqlLiteral.createCharString(value, getPos());
    }
}

/** [IF NOT EXISTS] */
boolean FreshetIfNotExists() :
{
}
{
    LOOKAHEAD(2) <IF> <NOT> <EXISTS> { return true; }
|
    { return false; }
}

/** [IF EXISTS] */
boolean FreshetIfExists() :
{
}
{
    LOOKAHEAD(2) <IF> <EXISTS> { return true; }
|
    { return false; }
}

/** key = value: a (dotted) key or a string key; a literal or identifier value. */
SqlOption FreshetOption() :
{
    final SqlIdentifier key;
    final SqlNode value;
    final Span s;
}
{
    (
        <QUOTED_STRING> {
            key = new SqlIdentifier(SqlParserUtil.parseString(token.image),
                getPos().withQuoting(true));
        }
    |
        key = FreshetName()
    )
    { s = span(); }
    <EQ>
    value = FreshetOptionValue()
    {
        return new SqlOption(s.end(this), key, value);
    }
}

SqlNode FreshetOptionValue() :
{
    final SqlNode e;
    final String value;
}
{
    (
        e = NumericLiteral()
    |
        value = FreshetStringValue() {
            e = SqlLiteral.createCharString(value, getPos());
        }
    |
        <TRUE> { e = SqlLiteral.createBoolean(true, getPos()); }
    |
        <FALSE> { e = SqlLiteral.createBoolean(false, getPos()); }
    |
        e = FreshetName()
    )
    { return e; }
}

/** (key = value, ...), checked for repeated keys. */
List<SqlOption> FreshetOptionList() :
{
    final List<SqlOption> opts = new ArrayList<SqlOption>();
    SqlOption option;
}
{
    <LPAREN>
    option = FreshetOption() { GrammarActions.addOption(opts, option); }
    (
        <COMMA> option = FreshetOption() { GrammarActions.addOption(opts, option); }
    )*
    <RPAREN>
    { return opts; }
}

/** WITH (key = value, ...) */
List<SqlOption> FreshetWithOptions() :
{
    final List<SqlOption> opts;
}
{
    <WITH> opts = FreshetOptionList() { return opts; }
}

/** FORMAT f ENCODE e [(key = value, ...)] */
SqlFormatEncode FreshetFormatEncode() :
{
    final SqlIdentifier format;
    final SqlIdentifier encode;
    List<SqlOption> opts = Collections.emptyList();
    final Span s;
}
{
    <FORMAT> { s = span(); }
    format = FreshetName()
    <ENCODE>
    encode = FreshetName()
    [ opts = FreshetOptionList() ]
    {
        return new SqlFormatEncode(s.end(this), format, encode, opts);
    }
}

/** Parenthesized, comma-separated expressions. */
SqlNodeList FreshetParenthesizedExpressions() :
{
    final List<SqlNode> list = new ArrayList<SqlNode>();
    final Span s;
}
{
    <LPAREN> { s = span(); }
    AddExpression(list, ExprContext.ACCEPT_SUB_QUERY)
    ( <COMMA> AddExpression(list, ExprContext.ACCEPT_SUB_QUERY) )*
    <RPAREN>
    { return new SqlNodeList(list, s.end(this)); }
}

/** The parenthesized list of SELECT DISTINCT ON (e1, e2, ...). */
SqlNodeList FreshetDistinctOn() :
{
    final SqlNodeList list;
}
{
    <DISTINCT> <ON> list = FreshetParenthesizedExpressions() { return list; }
}

<#-- ===================================================================== -->
<#-- Expressions.                                                          -->
<#-- ===================================================================== -->

/** expr::type, a CAST; see InfixCastOperator for its precedence. */
void FreshetInfixCast(List<Object> list, ExprContext exprContext, Span s) :
{
    final SqlDataTypeSpec dt;
}
{
    <INFIX_CAST> {
        checkNonQueryExpression(exprContext);
        s.clear().add(this);
    }
    dt = DataType() {
        list.add(new SqlParserUtil.ToTreeListItem(InfixCastOperator.INSTANCE, s.pos()));
        list.add(dt);
    }
}

/** a -> b and a ->> b: JSON access, calls of jsonb_get and jsonb_get_text. */
void FreshetJsonAccess(List<Object> list, ExprContext exprContext, Span s) :
{
    final SqlOperator op;
}
{
    (
        <LAMBDA> { op = JsonAccessOperator.GET; }
    |
        <JSON_GET_TEXT> { op = JsonAccessOperator.GET_TEXT; }
    )
    {
        checkNonQueryExpression(exprContext);
        list.add(new SqlParserUtil.ToTreeListItem(op, getPos()));
    }
    AddExpression2b(list, ExprContext.ACCEPT_SUB_QUERY)
}

/** The right side of WITH name AS CHANGELOG FROM relation: SELECT * FROM TABLE(changelog(TABLE relation)). */
SqlNode FreshetChangelogQuery() :
{
    final SqlIdentifier relation;
    final Span s;
    final SqlParserPos pos;
    final SqlNode changelog;
}
{
    <CHANGELOG> { s = span(); }
    <FROM>
    relation = CompoundIdentifier()
    {
        pos = s.end(this);
        changelog = createCall(new SqlIdentifier("changelog", pos), pos,
            SqlFunctionCategory.USER_DEFINED_TABLE_FUNCTION, null,
            Collections.singletonList(
                SqlStdOperatorTable.EXPLICIT_TABLE.createCall(pos, relation)));
        return WindowTableFunctions.selectStarFrom(pos,
            SqlStdOperatorTable.COLLECTION_TABLE.createCall(pos, changelog));
    }
}

/** UNION [ALL] [CORRESPONDING [BY (...)]], and likewise INTERSECT and EXCEPT. */
SqlBinaryOperator BinaryQueryOperator() :
{
    final SqlBinaryOperator op;
    SqlNodeList by = null;
}
{
    op = StandardBinaryQueryOperator()
    (
        <CORRESPONDING>
        [ <BY> by = ParenthesizedSimpleIdentifierList() ]
        {
            return new CorrespondingSetOperator((SqlSetOperator) op, by);
        }
    |
        { return op; }
    )
}

<#-- ===================================================================== -->
<#-- Types.                                                                -->
<#-- ===================================================================== -->

/** PostgreSQL type names (see PostgresTypeNames), with [] array suffixes. */
SqlTypeNameSpec FreshetTypeName() :
{
    SqlTypeNameSpec spec = null;
    final Span s;
    String name = null;
    int precision = -1;
    int scale = Integer.MIN_VALUE;
    SqlTypeName zone = null;
}
{
    { s = span(); }
    (
        ( <INT> | <INTEGER> ) { name = "integer"; }
    |
        <SMALLINT> { name = "smallint"; }
    |
        <BIGINT> { name = "bigint"; }
    |
        <REAL> { name = "real"; }
    |
        <DOUBLE> [ <PRECISION> ] { name = "double precision"; }
    |
        <BOOLEAN> { name = "boolean"; }
    |
        <DATE> { name = "date"; }
    |
        <INTERVAL> { name = "interval"; }
    |
        <UUID> { name = "uuid"; }
    |
        <JSON> { name = "json"; }
    |
        <NAME> { name = "name"; }
    |
        <FLOAT> [ <LPAREN> precision = UnsignedIntLiteral() <RPAREN> ]
        {
            spec = PostgresTypeNames.floatSpec(precision, s.end(this));
        }
    |
        ( <NUMERIC> | <DECIMAL> | <DEC> ) { name = "numeric"; }
        [
            <LPAREN> precision = UnsignedIntLiteral()
            [ <COMMA> scale = IntLiteral() ]
            <RPAREN>
        ]
    |
        <VARCHAR> { name = "varchar"; }
        [ <LPAREN> precision = UnsignedIntLiteral() <RPAREN> ]
    |
        ( <CHARACTER> | <CHAR> )
        (
            <VARYING> { name = "character varying"; }
        |
            { name = "character"; }
        )
        [ <LPAREN> precision = UnsignedIntLiteral() <RPAREN> ]
    |
        <TIME> { name = "time"; }
        [ <LPAREN> precision = UnsignedIntLiteral() <RPAREN> ]
        [ LOOKAHEAD(2) zone = FreshetTimeZoneSuffix() { if (zone != null) { name = "timetz"; } } ]
    |
        <TIMESTAMP> { name = "timestamp"; }
        [ <LPAREN> precision = UnsignedIntLiteral() <RPAREN> ]
        [ LOOKAHEAD(2) zone = FreshetTimeZoneSuffix() { if (zone != null) { name = "timestamptz"; } } ]
    |
        LOOKAHEAD(1, { getToken(2).kind != DOT })
        <IDENTIFIER> { name = unquotedIdentifier(); }
        [ LOOKAHEAD(2) <LPAREN> precision = UnsignedIntLiteral() <RPAREN> ]
    |
        LOOKAHEAD(1, { getToken(2).kind != DOT })
        <QUOTED_IDENTIFIER> {
            name = SqlParserUtil.stripQuotes(token.image, DQ, DQ, DQDQ, Casing.UNCHANGED);
        }
    )
    {
        if (name != null) {
            spec = PostgresTypeNames.forName(name, precision, scale, s.pos());
            if (spec == null) {
                spec = new SqlUserDefinedTypeNameSpec(
                    new SqlIdentifier(name, s.pos()), s.pos());
            }
        }
    }
    (
        LOOKAHEAD(2)
        <LBRACKET> [ <UNSIGNED_INTEGER_LITERAL> ] <RBRACKET> {
            spec = new SqlCollectionTypeNameSpec(spec, SqlTypeName.ARRAY, s.end(this));
        }
    )*
    { return spec; }
}

/** WITH TIME ZONE, WITH LOCAL TIME ZONE (both: with zone), WITHOUT TIME ZONE (null). */
SqlTypeName FreshetTimeZoneSuffix() :
{
}
{
    <WITHOUT> <TIME> <ZONE> { return null; }
|
    <WITH> [ <LOCAL> ] <TIME> <ZONE> { return SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE; }
}

<#-- ===================================================================== -->
<#-- The statement list.                                                   -->
<#-- ===================================================================== -->

/**
 * Statements separated by semicolons, empty ones skipped. For each statement, adds the node and
 * the extent from its first to its last token.
 */
void FreshetStmtList(List<SqlNode> statements, List<SqlParserPos> extents) :
{
    Token first;
    SqlNode stmt;
}
{
    [
        { first = getToken(1); }
        stmt = SqlStmt() {
            statements.add(stmt);
            extents.add(new SqlParserPos(first.beginLine, first.beginColumn,
                token.endLine, token.endColumn));
        }
    ]
    (
        <SEMICOLON>
        [
            { first = getToken(1); }
            stmt = SqlStmt() {
                statements.add(stmt);
                extents.add(new SqlParserPos(first.beginLine, first.beginColumn,
                    token.endLine, token.endColumn));
            }
        ]
    )*
    <EOF>
}

<#-- ===================================================================== -->
<#-- CREATE, ALTER and DROP.                                               -->
<#-- ===================================================================== -->

/** The elements between the parentheses of CREATE TABLE / CREATE SOURCE. */
void FreshetTableElements(TableElements elements) :
{
}
{
    <LPAREN>
    FreshetTableElement(elements)
    ( <COMMA> FreshetTableElement(elements) )*
    <RPAREN>
}

void FreshetTableElement(TableElements elements) :
{
    final SqlIdentifier name;
    final SqlDataTypeSpec type;
    final SqlNodeList key;
    final SqlNode expression;
    boolean notNull = false;
    boolean primaryKey = false;
    SqlParserPos primaryKeyPos = null;
    SqlNode defaultValue = null;
    final Span s;
}
{
    (
        LOOKAHEAD(2)
        <PRIMARY> { s = span(); } <KEY>
        key = ParenthesizedSimpleIdentifierList() {
            elements.setPrimaryKey(key, s.end(this));
        }
    |
        LOOKAHEAD(2)
        <WATERMARK> { s = span(); } <FOR>
        name = SimpleIdentifier()
        <AS>
        expression = Expression(ExprContext.ACCEPT_SUB_QUERY) {
            elements.setWatermark(new SqlWatermark(s.end(this), name, expression));
        }
    |
        name = SimpleIdentifier() { s = span(); }
        type = DataType()
        (
            <NOT> <NULL> { notNull = true; }
        |
            <NULL> { notNull = false; }
        |
            <PRIMARY> { primaryKeyPos = getPos(); } <KEY> { primaryKey = true; }
        |
            <DEFAULT_> defaultValue = Expression(ExprContext.ACCEPT_SUB_QUERY)
        )*
        {
            elements.addColumn(
                new SqlColumnDeclaration(s.end(this), name, type, notNull, defaultValue),
                primaryKey, primaryKeyPos);
        }
    )
}

/**
 * CREATE TABLE, after CREATE [OR REPLACE]:
 * TABLE [IF NOT EXISTS] name (elements) [APPEND ONLY] [WITH (...)] [FORMAT ... ENCODE ...]
 * TABLE [IF NOT EXISTS] name [(column, ...)] [WITH (...)] AS query
 */
SqlCreate FreshetCreateTable(Span s, boolean replace) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    final TableElements elements;
    SqlNodeList asColumns = null;
    List<SqlOption> opts = Collections.emptyList();
    SqlFormatEncode formatEncode = null;
    boolean appendOnly = false;
    final SqlNode query;
}
{
    <TABLE> { GrammarActions.checkNoReplace(replace, getPos(), token.image); }
    ifNotExists = FreshetIfNotExists()
    name = CompoundIdentifier() { elements = new TableElements(name); }
    (
        LOOKAHEAD(3)
        asColumns = ParenthesizedSimpleIdentifierList()
        [ opts = FreshetWithOptions() ]
        <AS> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
        {
            return new SqlCreateTable(s.end(this), ifNotExists, name,
                Collections.<SqlColumnDeclaration>emptyList(),
                Collections.<SqlIdentifier>emptyList(), false, null, opts, null,
                TableElements.identifiers(asColumns), query);
        }
    |
        [ opts = FreshetWithOptions() ]
        <AS> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
        {
            return new SqlCreateTable(s.end(this), ifNotExists, name,
                Collections.<SqlColumnDeclaration>emptyList(),
                Collections.<SqlIdentifier>emptyList(), false, null, opts, null,
                Collections.<SqlIdentifier>emptyList(), query);
        }
    |
        FreshetTableElements(elements)
        [ <APPEND> <ONLY> { appendOnly = true; } ]
        [ opts = FreshetWithOptions() ]
        [ formatEncode = FreshetFormatEncode() ]
        {
            return new SqlCreateTable(s.end(this), ifNotExists, name, elements.columns(),
                elements.primaryKey(), appendOnly, elements.watermark(), opts, formatEncode,
                Collections.<SqlIdentifier>emptyList(), null);
        }
    )
}

/** MATERIALIZED VIEW [IF NOT EXISTS] name [(c, ...)] [WITH (...)] AS query [EMIT ON WINDOW CLOSE] [WITH (...)] */
SqlCreate FreshetCreateMaterializedView(Span s, boolean replace) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    SqlNodeList columns = null;
    final List<SqlOption> opts = new ArrayList<SqlOption>();
    List<SqlOption> more;
    final SqlNode query;
    boolean emitOnWindowClose = false;
}
{
    <MATERIALIZED> { GrammarActions.checkNoReplace(replace, getPos(), token.image); }
    <VIEW>
    ifNotExists = FreshetIfNotExists()
    name = CompoundIdentifier()
    [ columns = ParenthesizedSimpleIdentifierList() ]
    [ more = FreshetWithOptions() { GrammarActions.addOptions(opts, more); } ]
    <AS> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    [ <EMIT> <ON> <WINDOW> <CLOSE> { emitOnWindowClose = true; } ]
    [ more = FreshetWithOptions() { GrammarActions.addOptions(opts, more); } ]
    {
        return new SqlCreateMaterializedView(s.end(this), ifNotExists, name,
            columns == null ? null : TableElements.identifiers(columns), query,
            emitOnWindowClose, opts);
    }
}

/** VIEW [IF NOT EXISTS] name [(c, ...)] AS query */
SqlCreate FreshetCreateView(Span s, boolean replace) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    SqlNodeList columns = null;
    final SqlNode query;
}
{
    <VIEW>
    ifNotExists = FreshetIfNotExists()
    name = CompoundIdentifier()
    [ columns = ParenthesizedSimpleIdentifierList() ]
    <AS> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    {
        return new SqlCreateView(s.end(this), replace, ifNotExists, name,
            columns == null ? null : TableElements.identifiers(columns), query);
    }
}

/** SOURCE [IF NOT EXISTS] name [(elements)] [APPEND ONLY] WITH (...) [FORMAT ... ENCODE ...] */
SqlCreate FreshetCreateSource(Span s, boolean replace) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    final TableElements elements;
    boolean appendOnly = false;
    final List<SqlOption> opts;
    SqlFormatEncode formatEncode = null;
}
{
    <SOURCE> { GrammarActions.checkNoReplace(replace, getPos(), token.image); }
    ifNotExists = FreshetIfNotExists()
    name = CompoundIdentifier() { elements = new TableElements(name); }
    [ FreshetTableElements(elements) ]
    [ <APPEND> <ONLY> { appendOnly = true; } ]
    opts = FreshetWithOptions()
    [ formatEncode = FreshetFormatEncode() ]
    {
        return new SqlCreateSource(s.end(this), ifNotExists, name, elements.columns(),
            elements.primaryKey(), elements.watermark(), appendOnly, opts, formatEncode);
    }
}

/** SINK [IF NOT EXISTS] name {FROM relation | AS query} WITH (...) [FORMAT ... ENCODE ...] */
SqlCreate FreshetCreateSink(Span s, boolean replace) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    SqlIdentifier from = null;
    SqlNode query = null;
    final List<SqlOption> opts;
    SqlFormatEncode formatEncode = null;
}
{
    <SINK> { GrammarActions.checkNoReplace(replace, getPos(), token.image); }
    ifNotExists = FreshetIfNotExists()
    name = CompoundIdentifier()
    (
        <FROM> from = CompoundIdentifier()
    |
        <AS> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    )
    opts = FreshetWithOptions()
    [ formatEncode = FreshetFormatEncode() ]
    {
        return new SqlCreateSink(s.end(this), ifNotExists, name, from, query, opts,
            formatEncode);
    }
}

/** INDEX [IF NOT EXISTS] name ON relation (column [ASC | DESC], ...) [INCLUDE (column, ...)] */
SqlCreate FreshetCreateIndex(Span s, boolean replace) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    final SqlIdentifier relation;
    final List<SqlNode> keys = new ArrayList<SqlNode>();
    SqlNodeList include = null;
}
{
    <INDEX> { GrammarActions.checkNoReplace(replace, getPos(), token.image); }
    ifNotExists = FreshetIfNotExists()
    name = CompoundIdentifier()
    <ON>
    relation = CompoundIdentifier()
    <LPAREN>
    FreshetIndexKey(keys)
    ( <COMMA> FreshetIndexKey(keys) )*
    <RPAREN>
    [ <INCLUDE> include = ParenthesizedSimpleIdentifierList() ]
    {
        return new SqlCreateIndex(s.end(this), ifNotExists, name, relation, keys,
            include == null ? Collections.<SqlIdentifier>emptyList()
                : TableElements.identifiers(include));
    }
}

void FreshetIndexKey(List<SqlNode> keys) :
{
    final SqlIdentifier column;
    SqlNode key;
}
{
    column = SimpleIdentifier() { key = column; }
    [
        <ASC>
    |
        <DESC> {
            key = SqlStdOperatorTable.DESC.createCall(column.getParserPosition(), column);
        }
    ]
    { keys.add(key); }
}

/** MODEL [IF NOT EXISTS] name {WITH (...) AS query | FROM 'exported text'} */
SqlCreate FreshetCreateModel(Span s, boolean replace) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    final List<SqlOption> opts;
    final SqlNode query;
    final String exported;
}
{
    <MODEL> { GrammarActions.checkNoReplace(replace, getPos(), token.image); }
    ifNotExists = FreshetIfNotExists()
    name = CompoundIdentifier()
    (
        <FROM> exported = FreshetStringValue() {
            return new SqlCreateModel(s.end(this), ifNotExists, name,
                Collections.<SqlOption>emptyList(), null, exported);
        }
    |
        opts = FreshetWithOptions()
        <AS> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY) {
            return new SqlCreateModel(s.end(this), ifNotExists, name, opts, query, null);
        }
    )
}

/** USER name [WITH] option ... */
SqlCreate FreshetCreateUser(Span s, boolean replace) :
{
    final SqlIdentifier name;
    final UserOptionsBuilder opts = new UserOptionsBuilder();
}
{
    <USER> { GrammarActions.checkNoReplace(replace, getPos(), token.image); }
    name = SimpleIdentifier()
    FreshetUserOptions(opts)
    {
        return new SqlCreateUser(s.end(this), name, opts.build());
    }
}

/** ALTER USER name [WITH] option ... */
SqlNode FreshetAlterUser() :
{
    final Span s;
    final SqlIdentifier name;
    final UserOptionsBuilder opts = new UserOptionsBuilder();
}
{
    <ALTER> { s = span(); } <USER>
    name = SimpleIdentifier()
    FreshetUserOptions(opts)
    {
        return new SqlAlterUser(s.end(this), name, opts.build());
    }
}

void FreshetUserOptions(UserOptionsBuilder opts) :
{
    String password;
    final Token word;
}
{
    [ <WITH> ]
    (
        <PASSWORD>
        (
            password = FreshetStringValue() { opts.password(password, getPos()); }
        |
            <NULL> { opts.passwordNull(getPos()); }
        )
    |
        LOOKAHEAD({ GrammarActions.isWord(getToken(1).image) })
        FreshetUserFlag(opts)
    )*
}

void FreshetUserFlag(UserOptionsBuilder opts) :
{
    final String word;
}
{
    word = FreshetWord() { opts.flag(word, getPos()); }
}

/** FUNCTION name ([name] type, ...) RETURNS type {LANGUAGE name | AS 'body'} ... */
SqlCreate FreshetCreateFunction(Span s, boolean replace) :
{
    final SqlIdentifier name;
    final List<SqlIdentifier> parameterNames = new ArrayList<SqlIdentifier>();
    final List<SqlDataTypeSpec> parameterTypes = new ArrayList<SqlDataTypeSpec>();
    final SqlDataTypeSpec returnType;
    SqlIdentifier language = null;
    String body = null;
}
{
    <FUNCTION>
    name = CompoundIdentifier()
    <LPAREN>
    [
        FreshetFunctionParameter(parameterNames, parameterTypes)
        ( <COMMA> FreshetFunctionParameter(parameterNames, parameterTypes) )*
    ]
    <RPAREN>
    <RETURNS> returnType = DataType()
    (
        <LANGUAGE> { GrammarActions.checkNotGiven(language, getPos()); }
        language = FreshetName()
    |
        <AS> { GrammarActions.checkNotGiven(body, getPos()); }
        body = FreshetStringValue()
    )+
    {
        return GrammarActions.createFunction(s.end(this), replace, name, parameterNames,
            parameterTypes, returnType, language, body, getPos());
    }
}

void FreshetFunctionParameter(List<SqlIdentifier> names, List<SqlDataTypeSpec> types) :
{
    SqlIdentifier name = null;
    final SqlDataTypeSpec type;
}
{
    [ LOOKAHEAD(SimpleIdentifier() DataType()) name = SimpleIdentifier() ]
    type = DataType()
    {
        names.add(name);
        types.add(type);
    }
}

/** DROP object-type [IF EXISTS] name [, name ...] [CASCADE | RESTRICT] */
SqlDrop FreshetDrop(Span s, boolean replace) :
{
    final ObjectType type;
    final boolean ifExists;
    final List<SqlIdentifier> names = new ArrayList<SqlIdentifier>();
    SqlIdentifier name;
    boolean cascade = false;
}
{
    (
        <TABLE> { type = ObjectType.TABLE; }
    |
        <MATERIALIZED> <VIEW> { type = ObjectType.MATERIALIZED_VIEW; }
    |
        <VIEW> { type = ObjectType.VIEW; }
    |
        <SOURCE> { type = ObjectType.SOURCE; }
    |
        <SINK> { type = ObjectType.SINK; }
    |
        <INDEX> { type = ObjectType.INDEX; }
    |
        <MODEL> { type = ObjectType.MODEL; }
    |
        <USER> { type = ObjectType.USER; }
    |
        <FUNCTION> { type = ObjectType.FUNCTION; }
    )
    ifExists = FreshetIfExists()
    name = CompoundIdentifier() { names.add(name); }
    ( <COMMA> name = CompoundIdentifier() { names.add(name); } )*
    [
        <CASCADE> { cascade = true; }
    |
        <RESTRICT> { cascade = false; }
    ]
    {
        return new SqlDropObject(s.end(this), type, ifExists, names, cascade);
    }
}

<#-- ===================================================================== -->
<#-- Other statements.                                                     -->
<#-- ===================================================================== -->

/** FLUSH */
SqlNode FreshetFlush() :
{
}
{
    <FLUSH> { return new SqlFlush(getPos()); }
}

/** SHOW ... */
SqlNode FreshetShow() :
{
    final Span s;
    final SqlIdentifier name;
    SqlShow.Target target;
}
{
    <SHOW> { s = span(); }
    (
        <ALL> { return new SqlShow(s.end(this), SqlShow.Target.ALL, null); }
    |
        LOOKAHEAD(2) <TIME> <ZONE> {
            return new SqlShow(s.end(this), SqlShow.Target.PARAMETER,
                new SqlIdentifier("timezone", s.end(this)));
        }
    |
        LOOKAHEAD(2) <TRANSACTION> <ISOLATION> <LEVEL> {
            return new SqlShow(s.end(this), SqlShow.Target.PARAMETER,
                new SqlIdentifier("transaction_isolation", s.end(this)));
        }
    |
        LOOKAHEAD(2) <SESSION> <AUTHORIZATION> {
            return new SqlShow(s.end(this), SqlShow.Target.PARAMETER,
                new SqlIdentifier("session_authorization", s.end(this)));
        }
    |
        <CREATE>
        (
            <TABLE> { target = SqlShow.Target.CREATE_TABLE; }
        |
            <MATERIALIZED> <VIEW> { target = SqlShow.Target.CREATE_MATERIALIZED_VIEW; }
        )
        name = CompoundIdentifier() {
            return new SqlShow(s.end(this), target, name);
        }
    |
        LOOKAHEAD({ getToken(1).kind == MATERIALIZED
            && GrammarActions.isWord(getToken(2).image, "views") })
        <MATERIALIZED> FreshetWord() {
            return new SqlShow(s.end(this), SqlShow.Target.MATERIALIZED_VIEWS, null);
        }
    |
        name = FreshetName() {
            return GrammarActions.show(s.end(this), name);
        }
    )
}

/** DESCRIBE [MODEL] name, DESC name */
SqlNode FreshetDescribe() :
{
    final Span s;
    boolean model = false;
    final SqlIdentifier name;
}
{
    ( <DESCRIBE> | <DESC> ) { s = span(); }
    [ LOOKAHEAD(<MODEL> CompoundIdentifier()) <MODEL> { model = true; } ]
    name = CompoundIdentifier()
    {
        return new SqlDescribe(s.end(this), name, model);
    }
}

/** EXPLAIN [(option [value], ...)] [VERBOSE] statement */
SqlNode FreshetExplain() :
{
    final Span s;
    final List<ExplainOption> opts = new ArrayList<ExplainOption>();
    boolean verbose = false;
    final SqlNode stmt;
}
{
    <EXPLAIN> { s = span(); }
    [
        LOOKAHEAD({ getToken(1).kind == LPAREN
            && GrammarActions.isWord(getToken(2).image)
            && getToken(2).kind != SELECT && getToken(2).kind != VALUES
            && getToken(2).kind != WITH && getToken(2).kind != TABLE })
        <LPAREN>
        FreshetExplainOption(opts)
        ( <COMMA> FreshetExplainOption(opts) )*
        <RPAREN>
    ]
    [
        LOOKAHEAD({ GrammarActions.isWord(getToken(1).image, "verbose") })
        FreshetWord() { verbose = true; }
    ]
    stmt = FreshetExplainable()
    {
        return new SqlExplainStatement(s.end(this), opts, verbose, stmt);
    }
}

void FreshetExplainOption(List<ExplainOption> opts) :
{
    final String name;
    String value = null;
}
{
    name = FreshetWord()
    [
        LOOKAHEAD({ getToken(1).kind != COMMA && getToken(1).kind != RPAREN })
        value = FreshetOptionWordOrString()
    ]
    {
        opts.add(new ExplainOption(name, value));
    }
}

/** An option value where PostgreSQL takes a word, a string or a number; as text. */
String FreshetOptionWordOrString() :
{
    final String value;
    final SqlLiteral number;
}
{
    (
        value = FreshetStringValue() { return value; }
    |
        number = NumericLiteral() { return number.toValue(); }
    |
        LOOKAHEAD({ GrammarActions.isWord(getToken(1).image) })
        value = FreshetWord() { return value; }
    )
}

/** What EXPLAIN can explain. */
SqlNode FreshetExplainable() :
{
    final SqlNode stmt;
    final Span s;
}
{
    (
        stmt = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    |
        stmt = SqlInsert()
    |
        stmt = SqlDelete()
    |
        stmt = SqlUpdate()
    |
        <CREATE> { s = span(); }
        (
            stmt = FreshetCreateMaterializedView(s, false)
        |
            stmt = FreshetCreateSink(s, false)
        |
            stmt = FreshetCreateIndex(s, false)
        )
    )
    { return stmt; }
}

/** SET ... */
SqlNode FreshetSet() :
{
    final Span s;
    SqlSetVariable.Scope scope = SqlSetVariable.Scope.SESSION;
    final List<TransactionMode> modes;
    final SqlIdentifier name;
    final List<String> values = new ArrayList<String>();
    boolean toDefault = false;
    String value;
}
{
    <SET> { s = span(); }
    (
        LOOKAHEAD(2)
        <SESSION> <CHARACTERISTICS> <AS> <TRANSACTION>
        modes = FreshetTransactionModes() {
            return SqlSetVariable.transaction(s.end(this),
                SqlSetVariable.Kind.SESSION_CHARACTERISTICS, scope, modes);
        }
    |
        [
            LOOKAHEAD(1, { getToken(2).kind != TO && getToken(2).kind != EQ })
            (
                <SESSION> { scope = SqlSetVariable.Scope.SESSION; }
            |
                <LOCAL> { scope = SqlSetVariable.Scope.LOCAL; }
            )
        ]
        (
            <TRANSACTION>
            modes = FreshetTransactionModes() {
                return SqlSetVariable.transaction(s.end(this),
                    SqlSetVariable.Kind.TRANSACTION, scope, modes);
            }
        |
            LOOKAHEAD(2) <TIME> <ZONE> { name = new SqlIdentifier("timezone", getPos()); }
            (
                ( <LOCAL> | <DEFAULT_> ) { toDefault = true; }
            |
                value = FreshetSetValue() { values.add(value); }
            )
        |
            <NAMES> { name = new SqlIdentifier("client_encoding", getPos()); }
            (
                <DEFAULT_> { toDefault = true; }
            |
                value = FreshetSetValue() { values.add(value); }
            )
        |
            name = FreshetName()
            ( <TO> | <EQ> )
            (
                <DEFAULT_> { toDefault = true; }
            |
                value = FreshetSetValue() { values.add(value); }
                ( <COMMA> value = FreshetSetValue() { values.add(value); } )*
            )
        )
        {
            return SqlSetVariable.variable(s.end(this), scope, name, values, toDefault);
        }
    )
}

/** A value of SET, as the text it was written with. */
String FreshetSetValue() :
{
    final String value;
    final Token t;
    final SqlLiteral number;
}
{
    (
        value = FreshetStringValue() { return value; }
    |
        number = NumericLiteral() {
            return number.toValue();
        }
    |
        <QUOTED_IDENTIFIER> {
            return SqlParserUtil.stripQuotes(token.image, DQ, DQ, DQDQ, Casing.UNCHANGED);
        }
    |
        LOOKAHEAD({ GrammarActions.isWord(getToken(1).image) })
        t = FreshetWordToken() { return t.image; }
    )
}

/** RESET name | RESET TIME ZONE | RESET ALL */
SqlNode FreshetReset() :
{
    final Span s;
    final SqlIdentifier name;
}
{
    <RESET> { s = span(); }
    (
        <ALL> { return new SqlResetVariable(s.end(this), null); }
    |
        LOOKAHEAD(2) <TIME> <ZONE> {
            return new SqlResetVariable(s.end(this),
                new SqlIdentifier("timezone", s.end(this)));
        }
    |
        name = FreshetName() { return new SqlResetVariable(s.end(this), name); }
    )
}

/** Transaction modes, separated by optional commas. */
List<TransactionMode> FreshetTransactionModes() :
{
    final List<TransactionMode> modes = new ArrayList<TransactionMode>();
    TransactionMode mode;
}
{
    mode = FreshetTransactionMode() { modes.add(mode); }
    (
        [ <COMMA> ]
        mode = FreshetTransactionMode() { modes.add(mode); }
    )*
    { return modes; }
}

TransactionMode FreshetTransactionMode() :
{
}
{
    <ISOLATION> <LEVEL>
    (
        <SERIALIZABLE> { return TransactionMode.ISOLATION_SERIALIZABLE; }
    |
        <REPEATABLE> <READ> { return TransactionMode.ISOLATION_REPEATABLE_READ; }
    |
        LOOKAHEAD(2) <READ> <COMMITTED> { return TransactionMode.ISOLATION_READ_COMMITTED; }
    |
        <READ> <UNCOMMITTED> { return TransactionMode.ISOLATION_READ_UNCOMMITTED; }
    )
|
    LOOKAHEAD(2) <READ> <ONLY> { return TransactionMode.READ_ONLY; }
|
    <READ> <WRITE> { return TransactionMode.READ_WRITE; }
|
    <DEFERRABLE> { return TransactionMode.DEFERRABLE; }
|
    <NOT> <DEFERRABLE> { return TransactionMode.NOT_DEFERRABLE; }
}

/** BEGIN, START TRANSACTION, COMMIT, END, ROLLBACK, ABORT */
SqlNode FreshetTransaction() :
{
    final Span s;
    final SqlTransactionStatement.Kind kind;
    List<TransactionMode> modes = Collections.emptyList();
}
{
    (
        <BEGIN> { s = span(); kind = SqlTransactionStatement.Kind.BEGIN; }
        [ <WORK> | <TRANSACTION> ]
        [ modes = FreshetTransactionModes() ]
    |
        <START> { s = span(); kind = SqlTransactionStatement.Kind.BEGIN; }
        <TRANSACTION>
        [ modes = FreshetTransactionModes() ]
    |
        ( <COMMIT> | <END> ) { s = span(); kind = SqlTransactionStatement.Kind.COMMIT; }
        [ <WORK> | <TRANSACTION> ]
    |
        ( <ROLLBACK> | <ABORT> ) { s = span(); kind = SqlTransactionStatement.Kind.ROLLBACK; }
        [ <WORK> | <TRANSACTION> ]
    )
    {
        return new SqlTransactionStatement(s.end(this), kind, modes);
    }
}

/** COPY ... FROM STDIN / TO STDOUT [opts] */
SqlNode FreshetCopy() :
{
    final Span s;
    SqlIdentifier table = null;
    SqlNodeList columns = null;
    SqlNode query = null;
    final SqlCopy.Direction direction;
    final CopyOptionsBuilder opts = new CopyOptionsBuilder();
}
{
    <COPY> { s = span(); }
    (
        <LPAREN> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY) <RPAREN>
        <TO> <STDOUT> { direction = SqlCopy.Direction.TO_STDOUT; }
    |
        table = CompoundIdentifier()
        [ columns = ParenthesizedSimpleIdentifierList() ]
        (
            <FROM> <STDIN> { direction = SqlCopy.Direction.FROM_STDIN; }
        |
            <TO> <STDOUT> { direction = SqlCopy.Direction.TO_STDOUT; }
        )
    )
    [
        LOOKAHEAD(2)
        [ <WITH> ]
        <LPAREN>
        FreshetCopyOption(opts)
        ( <COMMA> FreshetCopyOption(opts) )*
        <RPAREN>
    |
        LOOKAHEAD({ GrammarActions.isWord(getToken(1).image) })
        [ <WITH> ]
        (
            LOOKAHEAD({ GrammarActions.isWord(getToken(1).image) })
            FreshetLegacyCopyOption(opts)
        )+
    ]
    {
        return new SqlCopy(s.end(this), table,
            columns == null ? Collections.<SqlIdentifier>emptyList()
                : TableElements.identifiers(columns),
            query, direction, opts.build());
    }
}

/** One option of COPY's parenthesized list: name [value]. */
void FreshetCopyOption(CopyOptionsBuilder opts) :
{
    final String name;
    final SqlParserPos pos;
    String value = null;
    boolean quoted = false;
}
{
    name = FreshetWord() { pos = getPos(); }
    [
        LOOKAHEAD({ getToken(1).kind != COMMA && getToken(1).kind != RPAREN })
        (
            value = FreshetStringValue() { quoted = true; }
        |
            value = FreshetOptionWordOrString()
        )
    ]
    { opts.option(name, value, quoted, pos); }
}

/** One option of COPY's older syntax: CSV, HEADER, DELIMITER [AS] 'c', NULL [AS] 's', ... */
void FreshetLegacyCopyOption(CopyOptionsBuilder opts) :
{
    final String name;
    final SqlParserPos pos;
    String value = null;
}
{
    name = FreshetWord() { pos = getPos(); }
    [
        [ <AS> ]
        value = FreshetStringValue()
    ]
    { opts.legacyOption(name, value, pos); }
}

/** SUBSCRIBE [TO] relation [WITH (...)] | SUBSCRIBE (query) [WITH (...)] */
SqlNode FreshetSubscribe() :
{
    final Span s;
    SqlIdentifier relation = null;
    SqlNode query = null;
    List<SqlOption> opts = Collections.emptyList();
}
{
    <SUBSCRIBE> { s = span(); }
    [ <TO> ]
    (
        <LPAREN> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY) <RPAREN>
    |
        relation = CompoundIdentifier()
    )
    [ opts = FreshetWithOptions() ]
    {
        return new SqlSubscribe(s.end(this), relation, query, opts);
    }
}

/** DECLARE name [BINARY] [INSENSITIVE] [NO SCROLL | SCROLL] CURSOR [WITH | WITHOUT HOLD] FOR query */
SqlNode FreshetDeclareCursor() :
{
    final Span s;
    final SqlIdentifier name;
    boolean binary = false;
    boolean scroll = false;
    boolean withHold = false;
    final SqlNode query;
}
{
    <DECLARE> { s = span(); }
    name = SimpleIdentifier()
    [ <BINARY> { binary = true; } ]
    [ <INSENSITIVE> | <ASENSITIVE> ]
    [
        <NO> <SCROLL> { scroll = false; }
    |
        <SCROLL> { scroll = true; }
    ]
    <CURSOR>
    [
        <WITH> <HOLD> { withHold = true; }
    |
        <WITHOUT> <HOLD> { withHold = false; }
    ]
    <FOR>
    (
        query = FreshetSubscribe()
    |
        query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    )
    {
        return new SqlDeclareCursor(s.end(this), name, binary, scroll, withHold, query);
    }
}

/** FETCH [FORWARD] [count | ALL | NEXT] [FROM | IN] cursor */
SqlNode FreshetFetch() :
{
    final Span s;
    long count = 1;
    boolean all = false;
    final SqlIdentifier cursor;
}
{
    <FETCH> { s = span(); }
    [
        LOOKAHEAD({ GrammarActions.isWord(getToken(1).image, "forward")
            && getToken(2).kind != EOF && getToken(2).kind != SEMICOLON })
        FreshetWord()
    ]
    [
        <UNSIGNED_INTEGER_LITERAL> { count = GrammarActions.fetchCount(token.image, getPos()); }
    |
        <ALL> { all = true; }
    |
        <NEXT> { count = 1; }
    ]
    [ <FROM> | <IN> ]
    cursor = SimpleIdentifier()
    {
        return new SqlFetch(s.end(this), cursor, count, all);
    }
}

/** CLOSE cursor | CLOSE ALL */
SqlNode FreshetCloseCursor() :
{
    final Span s;
    final SqlIdentifier cursor;
}
{
    <CLOSE> { s = span(); }
    (
        <ALL> { return new SqlCloseCursor(s.end(this), null); }
    |
        cursor = SimpleIdentifier() { return new SqlCloseCursor(s.end(this), cursor); }
    )
}

/** DEALLOCATE [PREPARE] name | DEALLOCATE [PREPARE] ALL */
SqlNode FreshetDeallocate() :
{
    final Span s;
    final SqlIdentifier name;
}
{
    <DEALLOCATE> { s = span(); }
    [ <PREPARE> ]
    (
        <ALL> { return new SqlDeallocate(s.end(this), null); }
    |
        name = SimpleIdentifier() { return new SqlDeallocate(s.end(this), name); }
    )
}

/** DISCARD {ALL | PLANS | SEQUENCES | TEMP | TEMPORARY} */
SqlNode FreshetDiscard() :
{
    final Span s;
    final String word;
}
{
    <DISCARD> { s = span(); }
    (
        <ALL> { return new SqlDiscard(s.end(this), SqlDiscard.Target.ALL); }
    |
        LOOKAHEAD({ GrammarActions.isWord(getToken(1).image) })
        word = FreshetWord() {
            return new SqlDiscard(s.end(this), GrammarActions.discardTarget(word, getPos()));
        }
    )
}
