<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>argparse</name>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: dat lukt zo niet: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>bij %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>dit ontbreekt nog: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>dit ken ik niet: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>%(value)r kan hier niet (je kan kiezen uit %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(value)r past hier niet (verwacht: %(type)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>hier komt één waarde achter</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>hier komt hoogstens één waarde achter</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>hier komt minstens één waarde achter</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>hier komt geen waarde achter: %r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>gaat niet samen met %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>een van deze is nodig: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>%(option)s kan meer dan één optie zijn: %(matches)s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; gaat niet open: %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>de opdracht %(parser_name)r ken ik niet (je kan kiezen uit %(choices)s)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>deze hulp tonen en stoppen</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>de versie tonen en stoppen</translation>
    </message>
</context>
</TS>
