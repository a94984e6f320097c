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

# More given names from many languages (added for unseen articles: people named once, with no
# title or role, are found only through a known given name).
_MORE_MALE = """
aidan alec ambrose angelo anders axel barnaby basil benedict bertrand björn boyd brock bruno
byron caleb cedric cesar césar clarence claude conrad cornelius cory cyril damien darius
darryl derrick devin dexter digby dominik donovan dustin edgar edmund edwin eli elias elijah
emil emilio ernesto esteban ethan ezra fabian federico florian gilbert giovanni gregor gunnar
hank hector heinrich henrik horace hubert ignacio irving ivor jaime jan janusz jared jay
jean-claude jean-luc jean-marc jean-pierre jeremiah jesús joachim joaquin joaquín johann jonah
jordi josef julien kai karim kazuo keir kendall kirk konrad laurent leopold lorne lucas lucien
ludwig magnus malik marek marius markus marlon martín massimo mathias matías maximilian mikel
miles milton mitchell mohamed murray nasser nelson niels nils norbert ollie otto pascal pavel
percy piers piotr ramesh raúl reinhard reuben rhys riccardo rocco rolf rui salvador sami saul
sebastián shawn sidney silvio soren søren sven tadeusz theo theodore thorsten timo tobias
tomas tomás ulrich valentin vito waleed walid wilfried winston wojciech yannick yuri yves
zoltan abdallah abdulla adel ahmet akbar anwar ashraf ayman bilal faisal farid farouk fawaz
fouad habib hamza hani hisham imran issa jawad kamal khaled mahmud majid marwan mohsen mounir
nabil naveed osama rashid riad saad saeed salah salim samir shadi sharif suleiman tamer wael
yousef youssef ziad aditya ajay akash amit anand anil arun ashok deepak gautam harish krishna
manish mohan mukesh nikhil pradeep prakash rajiv rakesh ravi rohit sachin sandeep sanjeev
satya shashi shiv suresh vivek yogesh adolfo agustín alberto alfonso alvaro álvaro arturo
cristian eduardo emiliano fidel gerardo gonzalo guillermo héctor hernán julio leonardo marcelo
mauricio nicolás octavio orlando rodrigo rogelio santiago teodoro vicente alexandre arnaud
benoît christophe clément didier édouard étienne fabien françois frédéric gérard guillaume
hervé jean jérôme loïc mathieu maxime olivier patrice raphaël rémi sébastien stéphane thibault
valéry yann dirk eckart horst jörg lutz manfred matthias rainer ralf rüdiger sigmar siegfried
steffen torsten ulf winfried alessandro beppe claudio dario enrico fabio francesco gianluca
gianni giulio maurizio pietro raffaele salvatore simone umberto vincenzo haruki hideki hiroki
kazuki kenta masahiro naoki shigeru shinji takashi taro yoshihide abiy adebayo chidi chinua
emeka femi kofi kwesi musa obinna oluwaseun thabo tunde uche yaw abe al alfie arnie barney
bart bert bertie blake brady bryce buck buddy burt cecil chester clay cliff clyde cole darrell
denis denzel dick dom duane dudley dwayne elton elvis emmett ernie errol everett ferdinand
frankie gabe garry gil hal heath herb homer howie ike ira irwin jed jethro jock johnnie jonas
jude kenny kit lenny les lester lyle mack maxwell merv micky mick mickey milo monty morris nat
ned nev noel norm perry randall randolph ritchie russ sammy scotty sol stu teddy terence vic
wally wilbur woody zack arjen bas daan frans geert hendrik joost kees klaas mats niklas pieter
ruud sander stijn wim bjørn ingvar olof aleksandr aleksei alexey andrei anatoly dmytro evgeny
fyodor gennady grigory ilya kirill konstantin leonid maxim nikita oleg oleksandr oleksiy petro
pyotr ruslan stanislav taras valery vasily vitaly vladislav volodymyr yevgeny zbigniew
jarosław andrzej tomasz krzysztof lech mateusz murat hüseyin huseyin osman ömer omer kemal
cem burak serkan hakan volkan orhan erdal ercan bernhard gerhardt reinhold wilhelm hartmut
dietmar detlef gunther günther jochen kurt-georg
cody trent rusty tyrone darnell deshawn dante
"""

_MORE_FEMALE = """
ilhan rashida hala dina hanan huda maha nour rana reem salma samira zahra ghada amal asma farah
layla leyla anjali deepa divya indira kavita lakshmi meena neha nisha pooja preeti radha rekha
sangeeta shreya sunita usha adriana alejandra beatriz catalina daniela esperanza guadalupe
isabela juana lorena luisa marisol paloma pilar rocío rosario soledad ximena amélie anaïs
cécile christiane delphine élise émilie hélène isabelle juliette laure léa manon margaux
mathilde nathalie ségolène sylvie véronique annalena anke birgit christa dagmar gabi gisela
heike ilse karin katrin manuela martina monika renate silke susanne ulla ulrike ute alessia
antonella elisa federica giorgia giovanna ilaria roberta stefania keiko yuko ama amara chioma
folake ngozi nkosazana yemi abbie adele alana audrey bella bernadette bethany billie camilla
carrie cassandra celia charlene clare colleen crystal darcy delia ellie elsie esther ethel fay
fleur freya georgina gertrude ginny greta gwendolyn hattie henrietta ida isla jemima jess
jessie josie kara kay kayla keira kerry lindsey lindsay lola lottie lucinda lyn mabel maddie
mae marcy margot maxine millie minnie miranda nell paige patsy philippa poppy prue rhiannon
rhoda rosalind roxanne sasha selina shannon sinead sian sonja sue susie tabitha tamara tilly
toni trudy una vicky vivian winifred anouk femke lotte marieke saskia astrid birgitta freja
hedda kerstin liv maja sigrid alina anastasia daria ekaterina galina irina ksenia larisa
lyudmila nadezhda natalia oksana svetlana tatyana yulia zhanna agnieszka beata ewa katarzyna
małgorzata ayse ayşe fatma emine hatice zeynep merve selin esra büşra busra gül gulsen
cindy darlene kathy shelly kristen krista stacy stacey tonya latoya keisha shanice whitney
brittany tiffany jodi jolene marlene doreen noreen candace
"""

# person evidence, but no gender for "he"/"she"
_UNISEX = """
ariel kiran yuki casey kerry jean sasha lindsey lindsay toni billie kit yemi jessie deniz
pat
"""

FIRST_NAMES: dict[str, str] = {name: "m" for name in _MALE.split()}
FIRST_NAMES.update({name: "f" for name in _FEMALE.split()})
for _name in _UNISEX.split():
    FIRST_NAMES[_name] = ""
for _name in _MORE_MALE.split():
    FIRST_NAMES.setdefault(_name, "m")
for _name in _MORE_FEMALE.split():
    FIRST_NAMES.setdefault(_name, "f")
