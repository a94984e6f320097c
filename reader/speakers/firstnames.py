"""Common given names with their usual gender ("m"/"f"): positive evidence that a capitalised
pair is a person, and the gender used when resolving "he"/"she". Not exhaustive by design:
names missing here are still found through titles, roles, appositives and surname re-use.
"""

from __future__ import annotations

_MALE = """
aaron abdul abdullah adam adrian ahmed alan albert alejandro alex alexander alexei alfred ali
alistair andre andreas andrew andy angus anthony antonio antony arnold arthur ashley barack
barry ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brendan
brent brett brian bruce bryan carl carlos carsten charles charlie chris christian christoph
christopher chuck clive colin conor craig dale damian dan daniel danny darren dave david
dean dennis derek dmitry dominic don donald doug douglas duncan dylan ed eddie edward elon
emmanuel eric erik ernest evan felix fernando francis francisco frank franz fred frederick
frederik friedrich gabriel gareth gary gavin geoff geoffrey george gerald gerhard gordon
graham greg gregory guy hans harold harry heinz helmut henry herbert howard hugh hunter ian
igor ivan jack jacob jake james jamie jason javier jeff jeffrey jens jeremy jerome
jim jimmy joe joel johan johannes john johnny jon jonathan jorge jose joseph josh joshua
juan julian justin karl keith ken kenneth kevin klaus kurt kyle lars lawrence lee leo leon
leonard lewis liam louis luis luke malcolm marc marcel marco marcus mario mark martin matt
matthew max michael michel miguel mike mikhail mohammad mohammed muhammad nathan neil
nicholas nick nicolas nigel noah norman oliver olaf omar oscar owen pablo patrick paul pedro
peter phil philip philippe pierre rafael ralph ramon randy ray raymond rex richard rick
rishi rob robert robin rod roger roland ron ronald ronny rory ross roy rudy rupert russell
ryan sam samuel scott sean sebastian sergei sergey seth shane simon stanley stefan stephen
steve steven stuart ted terry thomas tim timothy toby todd tom tommy tony travis trevor
tyler uwe victor vincent vladimir volker walter warren wayne werner will william wolfgang
xavier yusuf zach zachary
abdel ahmad akira alain amir andres andrés antoine arjun bashar bernd boris carlo cristiano
diego dmitri dieter emre enrique fatih felipe filipe giorgio giuseppe gustavo hamid hassan
hiroshi hussein ibrahim ismail jamal jacques joao joão jose josé jürgen kenji khalid
kwame lionel lorenzo luca luigi mahmoud manuel mateo matteo mehmet moses mustafa narendra
nikolai olaf omar paolo rahul raj rajesh ramon ramón recep ricardo roberto salman sanjay
sergio shinzo stefano sunil tariq thierry vijay viktor vikram vladimir wolfgang xi yasser
yosef
alf alvin archie benny bret calvin cameron chad clifford clint curtis declan dermot desmond
dwight earl eamonn elliot eugene fergus floyd franklin gene gerry glenn graeme hakeem hamish
harvey herman hugo iain isaac jerry jesse joey julius kieran lance larry len lloyd lou luther
marvin maurice melvin mitch nate neville niall pete quentin reg reggie rene rodney ronan
ricky ruben seamus shaun sid spencer stan terrence troy vernon vince wade wallace wes wesley willie
"""

_FEMALE = """
abigail alexandra alexandria alice alicia alison amanda amber amy ana andrea angela angelina
anita ann anna anne annette barbara beatrice becky belinda beth betty beverly brenda
bridget brigitte britney caroline carol carolyn catherine cathy charlotte cheryl chloe
christina christine claire clara claudia cynthia daisy dana danielle debbie deborah denise
diana diane donna doris dorothy edith eileen elaine eleanor elena elisabeth elizabeth ella
ellen emily emma erin eva evelyn fiona florence frances francesca gabriele gabriela gail
gemma georgia gillian gina grace hannah harriet heather heidi helen helena hillary
holly ingrid irene isabel isabella jackie jacqueline jane janet janice jasmine jennifer
jenny jessica jill joan joanna joanne jodie josephine joy joyce judith judy julia julie
karen kate katherine kathleen kathryn katie kelly kim kimberly kirsten kristin laura lauren
leah linda lisa liz lois lorraine louise lucy lydia lynn madeleine margaret maria marie
marina marion martha mary maureen megan melania melanie melissa michelle mildred miriam molly
monica nadia nancy naomi natalie natasha nicola nicole nina nora olivia pamela patricia
paula pauline penny petra phyllis priscilla rachel rebecca regina rita rose rosemary ruth
sabine sabrina sally samantha sandra sara sarah sharon sheila shirley silvia sonia sonya
sophia sophie stephanie susan suzanne sylvia tanya teresa theresa tina tracey tracy ursula
valerie vanessa veronica victoria virginia wendy yvonne zoe
aisha amina angela ayesha camila carmen chiara elif fatima gabriela giulia ines inés
kamala leila lucia lucía mariam marta mei mónica noura priya rania sakura sofia sofía
ursula valentina yasmin zainab
agnes bettie bettye beryl bonnie brooke candice carla cecilia courtney daphne dawn dolores
eve faye felicity gloria gwen gwyneth hayley hazel hilary hilda imogen iris janine jean jenna
jo karine kirsty kylie lara leanne lesley lina liza lorna lucille maggie mandy marcia margo
marilyn marjorie meg mia moira myra nadine nell olga peggy renee rhona rosa rosie sadie
serena sheryl shona siobhan stella tamsin tammy tara tatiana tessa thelma vera wanda wilma
yolanda yvette zara
"""

FIRST_NAMES: dict[str, str] = {name: "m" for name in _MALE.split()}
FIRST_NAMES.update({name: "f" for name in _FEMALE.split()})
