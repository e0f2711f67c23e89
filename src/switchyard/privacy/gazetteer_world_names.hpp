// A broad list of given names, written for this project by hand from
// general knowledge (not copied from any package or data file: the
// generator of the evaluation sets draws on faker's lists, and figures made
// with them would be circular). Common given names of many languages and
// regions, lower case, accents kept, one space between names. Names that
// are also ordinary English words ("may ", "grace ", "bill ") are skipped when
// the gazetteer is built (a lower-case dictionary entry wins): they are no
// evidence of a person. The short list in gazetteer_lists.hpp (kGivenNames)
// is kept whole, as before.
#pragma once

#include <string_view>

namespace switchyard::privacy::lists {

// Read by Gazetteer's constructor, split at spaces.
constexpr std::string_view kWorldGivenNames =
    // English-speaking (US, UK, Canada, Australia, New Zealand)
    "aaliyah abby abe abraham ada adele adeline adrienne agatha aidan "
    "aileen ainsley alana "
    "alastair alberta alden aldo alec alexis alfie alfreda alisha alison alistair allan allen "
    "allison alma alvin alyssa amanda amelie amos anastasia andy angie angus anita annabel "
    "annabelle annie anthea antoinette april archibald archie ariana ariel arlene arnold "
    "ashleigh ashton aubrey audrey autumn ava avery bailey barry bartholomew basil beatrice "
    "becky belinda bella benedict bernadette bernice bert bertha beryl bethany beverly bianca "
    "blake bobby bonnie boyd bradley brady braxton brendan brent brett bridget brooke bryan "
    "bryce bryony byron caitlin caleb callum calvin camila cameron camilla candace cara "
    "carissa carlton carly carmela carolyn carrie casey cassandra cassidy catalina cathy "
    "cecil cecilia cecily cedric celeste celia chad chandler chantal charlene charlize chase "
    "cheryl chester chloe christa christie christy ciara cindy claude claudette clayton "
    "clement clementine clifford clint clinton clyde cody colby cole colette colin colleen "
    "connor conrad constance cora cordelia corey cornelius courtney craig cristina crystal "
    "curtis cyril daisy dale damian damon dana danny daphne darcy darla darlene darnell "
    "darrell darren darryl dave davina dawson deanna debbie declan deirdre delia della "
    "delores derek desmond devin devon dexter diego dillon dominic dominique donovan dora "
    "doreen doris dorothea dougie drew duane dustin dwayne dwight edgar edith edmund edna "
    "eduardo edwin effie eileen elaine eleanor elijah elise eliza ella ellen ellie elliot "
    "elliott eloise elsie elton elvira emerson emmett enid erin ernest ernestine esme estelle "
    "esther ethel eugene eunice evan evangeline everett ezekiel ezra fabian faith felicity "
    "fergus fiona fletcher floyd forrest frances francesca francis freddie frederick freya "
    "gabriella gabrielle gail garrett gavin gemma genevieve geoffrey georgia georgina gerard "
    "gertrude gideon gilbert gillian gina gladys glenda glenn gloria gordon graham grant "
    "gregor gretchen griffin gwen gwendolyn hailey haley hamish harlan harper harriet "
    "harrison harvey hazel hector heidi helena henrietta herbert herman hilary hilda holly "
    "howard hugh hunter imogen ingrid irving isaac isaiah isla isobel ivy jackie jacqueline "
    "jade jaime jake jared jarrod jasmine jasper jayden jayne jeanette jeanne jefferson "
    "jemima jenna jenny jeremiah jesse jillian jimmy joanna joanne jocelyn jodie joel johnny "
    "jolene jonah jordan josephine josh joy joyce judd jude julius june justine kaitlyn kara "
    "karina kasey katelyn katie katrina kayla kaylee keegan keira kelsey kendall kendra "
    "kennedy kenny kerry kieran kimberley kirsten kristen kristin kristina kurt kyle kylie "
    "lacey lachlan lana lance landon larissa larry latoya laurel laurence lawson layla leah "
    "leigh leila lena lenny leo leona leonard leslie lester lewis lila lillian lily lindsay "
    "lindsey lionel lloyd logan lois lola lorena lorenzo loretta lorna lorraine louisa louise "
    "lucille lucinda lucy luke luna lydia lyle lynette lynn mabel mackenzie madeleine "
    "madeline maggie malcolm mallory mandy marcia marcus margot marian marianne marilyn "
    "marion marjorie marlene marsha marshall martha marvin matilda mattie maude maura maurice "
    "mavis maxine maxwell maya meghan melanie melinda melody meredith merle mervyn mia "
    "mildred miles millie milton miranda miriam mitchell molly monica morgan morris muriel "
    "myles myra myrtle nadine naomi natalie nathaniel neil nellie nelson neville nigel nina "
    "noel noelle norma norman octavia odette olive ollie oswald owen paige pamela parker "
    "patsy patty pearl peggy penelope percy perry phoebe phyllis piers polly preston "
    "priscilla quentin quinn rachael rae ramona randall randolph randy raquel reagan rebekah "
    "reggie regina reid rhett rhiannon rhonda ricardo rick ricky riley rita roberta robin "
    "rochelle rodney roland rolf ronnie rosalind rosemary rosie ross rowan roxanne ruby "
    "rudolph rufus rupert ruth sabrina sadie sally salome sammy selena selina serena seth "
    "shana shane shannon shari shawn sheila shelby sheldon shelley sherry sidney sienna silas "
    "simone sinead skye sonia sonya spencer stacey stanley stella sterling stuart sue summer "
    "suzanne sybil sylvia tabitha talia tammy tania tanya tara tasha ted teddy terence "
    "terrence tess tessa thea theo theodore theresa tiffany timothy tobias toby tommy tracey "
    "tracy travis trent trevor tristan troy trudy ursula valerie vaughan vera vernon veronica "
    "vicky vince viola violet vivian vivienne wade wallace wanda warren wayne wendy wesley "
    "whitney wilbur wilfred willa willow wilma winifred winston wyatt xavier yolanda yvette "
    "yvonne zachary zane zelda "
    // Irish, Scottish, Welsh
    "aisling aoife aodhán bríd brigid caoimhe cathal ciarán cillian clodagh colm conor cormac "
    "dáithí dara dermot dervla donal dónal eamon eamonn éamon eimear eithne emer eoin fionn "
    "fionnuala gráinne killian laoise liadan lorcan máire mairéad maeve méabh niall niamh "
    "nuala oisín orla orlaith pádraig padraig páraic róisín rónán ronan saoirse seamus séamus "
    "seán siobhán sorcha tadhg tiernan úna ailsa ailbhe alasdair eilidh euan fraser iain "
    "kirsty morag mhairi murdo rhona rory ruaridh seonaid struan aled bronwen carys cerys "
    "dafydd dylan eira emrys ffion gareth geraint glyn gwilym gwyn hywel iestyn ifan ioan "
    "llewellyn llinos lowri meinir nia owain rhodri rhys sioned tegan "
    // South African, Nigerian, Ghanaian, Kenyan, other African
    "ayanda bongani buhle busisiwe cebo dumisani lindiwe lungile mandla mpho musa nandi "
    "nokuthula nomsa nomvula palesa sibusiso sifiso sipho siyabonga thabo thandeka thandiwe "
    "themba tshepo zanele zodwa zola kagiso karabo lerato neo refilwe tumelo kgosi lesedi "
    "boitumelo naledi mbali nolwazi zandile zinhle zukile ayodele adebayo adekunle adeola "
    "adewale adaeze adaobi akinwale babatunde bolanle chiamaka chidi chidinma chidubem "
    "chinedu chinonso chinwe chioma chukwuemeka chukwudi ebere ebuka emeka folake folasade "
    "funke funmilayo ifeanyi ifeoma ikechukwu kayode kehinde nkechi nnamdi obinna obioma "
    "olamide olufemi olumide oluwaseun oluwatobi segun seun taiwo tolu tunde uchenna uche "
    "yetunde yusuf abiodun abimbola amaka ngozi nneka temitope bisola oyinda femi kunle wale "
    "dapo gbenga yemi aminu bashir danjuma garba habiba hadiza halima ibrahim idris jibril "
    "kabiru lawal nasiru sani usman zainab kwame kwabena kwaku kofi kojo kwasi yaw akosua "
    "abena adjoa afia akua ama efua esi yaa nana kip kipchoge wanjiru wambui njeri wairimu "
    "kamau otieno ochieng odhiambo achieng akinyi awino atieno wanjiku mwangi njoroge baraka "
    "imani zawadi neema juma rehema amani tatu fatou aminata awa aïssatou aissatou adama "
    "mamadou moussa ousmane ibrahima cheikh modou abdoulaye souleymane boubacar seydou lamine "
    "aliou mariama khady ndeye coumba astou bineta fatoumata rokhaya sokhna dieynaba babacar "
    "oumar alassane pape mbaye malick assane birame idrissa "
    // Indian, Pakistani, Bangladeshi, Sri Lankan, Nepali
    "aarav aarti abhay abhishek aditi aditya ajay akash akshay amit amita amrita anand ananya "
    "anil anjali ankit ankita anupam anuradha arjun arun aruna arvind ashok ashwin avinash "
    "ayesha bhavna bhavesh chandra chetan deepa deepak deepika devendra dhruv dinesh divya "
    "gaurav geeta gita girish gopal govind harish harsh hema hemant indira isha ishaan "
    "jagdish jaya jayant jyoti kailash kalpana kamal kamala kavita kavya keshav kiran krishna "
    "kumar lakshmi lalit madhu mahesh manish manoj meena meera mohan mukesh nandini naresh "
    "naveen neha nikhil nilesh nisha nitin padma pallavi pankaj parvati pooja prabhu pradeep "
    "prakash pranav prasad prashant pratik praveen preeti priya priyanka radha rahul raj "
    "rajesh rajiv rakesh ramesh rani ravi rekha ritu rohit sachin sagar sanjay sanjeev "
    "santosh sarita satish seema shankar sharmila shashi shilpa shreya shweta sita smita "
    "sneha sonali subhash sudhir sujata sumit sunil sunita suresh sushma swati tanvi tarun "
    "uma usha vandana varun vasant vidya vijay vikas vikram vinay vinod vishal vivek yash "
    "yogesh aamir asif faisal farhan imran irfan junaid kashif nadeem naveed rashid salman "
    "shahid tariq waqar zubair nasreen rubina shabana shazia farah saima sadia nusrat "
    "rukhsana kamrul rahim karim habib shafiq mizanur arif sabbir tanvir rumana shirin "
    "taslima sharmin nilufar dilip aakash bikash bishnu binod dipak ganesh hari laxmi manju "
    "nabin pradip puja raju ranjit rabin sabin saroj shanti shyam suman sushil ujjwal bimala "
    "durga anjana bhawana pramila sabina srijana parbati dawa pasang pemba lhakpa mingma nima "
    "tenzing dorje ang "
    // Chinese (Mandarin pinyin, Cantonese), Hong Kong
    "wei fang jing li na ying hua hui jun xin yan lei jie tao bin bo chao chen feng "
    "gang hao jian jiang jin kai lan lian lin ling long min ning peng "
    "qiang qing rong rui sheng shu tian ting wen xiang xiao xu yang yi yong yu yuan "
    "yue zhen zheng zhi zhuang xiuying xiulan guiying yufeng jiayi zihan "
    "yichen haoran yuxuan zixuan xinyi yutong shihan ruoxi jiahao junjie zhiwei jianguo "
    "weiming xiaoming xiaohong lihua chunhua guohua zhiqiang jianhua haiyan jianjun wenjie "
    "yuqi yiming siyu kaiwen mingyu "
    " "
    " "
    // Japanese
    "haruto yuto sota yuki yuma riku hinata minato ren kaito daiki takumi kenta shota naoki "
    "ryota hiroshi takeshi kenji satoshi yusuke kazuki tomoya hayato akira makoto shin sho "
    "shun takashi tatsuya tetsuya toshiro yoshiro yuji koji kenichi shinji jiro taro ichiro "
    "haruki hideki hideo masato masaki masahiro nobuo osamu ryo ryuji sadao seiji shigeru "
    "susumu tadashi takahiro takuya tomohiro yasushi yoshi yoshiko sakura hina yui aoi rin "
    "himari akari emi ema hana haruka kaori keiko kumiko mayumi megumi miho miki mio misaki "
    "miyu momoka nanami natsuki noriko sachiko saki sayaka tomoko yoko yumi yumiko yuna yuko "
    "chiyo emiko fumiko hanako hiroko junko kazuko kyoko mariko michiko reiko setsuko shizuka "
    "takako asuka ayaka ayumi chihiro eri erika kana kanako kanon mai mami mika nao natsumi "
    "riko rina risa saori shiori yua yuka yukari "
    // Korean
    "min-jun seo-jun do-yun ha-jun ji-ho ji-hoon jun-seo hyun-woo seo-yeon ji-woo seo-yun "
    "ha-eun ji-yoo min-seo ji-min yu-jin su-bin ye-eun da-eun minjun seojun doyun hajun jiho "
    "jihoon junseo hyunwoo seoyeon jiwoo seoyun haeun jiyoo minseo jimin yujin subin yeeun "
    "daeun soo-jin soojin hye-jin hyejin eun-ji eunji min-ji minji young-ho youngho sung-min "
    "sungmin jae-won jaewon dong-hyun donghyun sang-woo sangwoo ji-hye jihye mi-kyung mikyung "
    "sun-hee sunhee kyung-soo kyungsoo chul-soo chulsoo young-hee younghee jin-woo jinwoo "
    "tae-yang taeyang hyun-jin hyunjin seung-hyun seunghyun eun-young eunyoung ji-yeon jiyeon "
    "so-yeon soyeon jae-hyun jaehyun min-ho minho "
    // Vietnamese, Thai, Indonesian, Malay, Filipino
    "anh bảo bình cường dũng dương duy đức giang hà hải hạnh hiền hiếu hòa hoa hoàng hùng "
    "hương huy khánh khoa linh minh my nam nga ngọc nhung phong phúc phương quân quang quốc "
    "quỳnh sơn tâm thảo thanh thắng thành thu thủy tiến trang trinh trung tuấn tùng tuyết "
    "uyên văn vân việt vinh vũ xuân yến huong thuy phuong tuan dung duc hieu hoang quynh "
    "somchai somsak sombat somporn suda supachai sunee malee nong pim ploy siriporn wichai "
    "anong kanya apinya narong prasert chaiwat thanawat agus ahmad andi ayu bambang budi dewi "
    "dian eko endang fitri hendra indah joko kurniawan lestari made nur nyoman putri putu "
    "rudi sari siti sri susanti taufik tri wahyu wati wayan yanti yudi anandya nabila intan "
    "aulia bayu citra dimas fajar gilang hadi ilham kartika lukman mega rizky sinta wulan "
    "yoga amir azlan faridah hafiz haslinda nurul rosli syafiq zulkifli aziz farid hamid "
    "hasan hassan husna mazlan norazlina razak rosnah zainal aurelio bayani bienvenido danilo "
    "dolores editha ernesto felipe florencia imelda josefina leonora lourdes marites maricel "
    "marilou nenita rodrigo rogelio rolando rosario teodoro virgilio jericho jomar jhun "
    "kristoffer maricar rhea "
    // Arabic, Persian, Turkish, Kurdish, Azerbaijani, Central Asian
    "abdallah abdul abdullah abdulaziz abdulrahman abed adel adnan ahmed akram alaa ali amal "
    "amin amina amira anas anwar asma ayman bader bakr bashar basma bilal dalia dina ehab "
    "emad eman fadi fahad fares fatema fatima fatma fawzi firas ghada ghassan hala hamad "
    "hamza hanan hani haya haytham hazem hiba hind hisham hoda hossam houda hussein ihab imad "
    "iman issa jamal jamila jihad khaled khalid khadija khalil laila lina lubna mahmoud majid "
    "malak malik mariam marwa marwan maryam mazen mohamed mohammad mohammed mona mostafa "
    "mounir mustafa nabil nada nadia nader nasser nawal nizar noor nour nura omar osama qasim "
    "rami rana rania rasha reem rima riyad saad sabah safaa said saleh salem salma sameh sami "
    "samir samira sana sara sawsan sayed shadi sherif suha sultan tamer tarek wael walid "
    "wassim yara yasmin yasmine yasser youssef yousef zaid zaki ziad zeinab abbas afsaneh "
    "akbar arash ardeshir aref arman azadeh babak bahram behnam behrouz bijan dariush darius "
    "ehsan elham farhad farnaz farzaneh fereshteh golnaz hamed hossein jafar kaveh kamran "
    "keyvan kourosh mahnaz mahsa mani mehdi mehran mehrdad mina mohsen morteza nasrin navid "
    "negar niloufar omid parisa parviz payam pegah reza roya saeed sahar samaneh sanaz "
    "shahram shahin siamak sima soheil soraya taraneh vahid yasaman zahra abdülkadir ahmet "
    "alp arda aslı aysel ayşe aylin barış batuhan berk berkay betül burak burcu cem cemil can "
    "canan cansu çağla derya deniz dilek ebru ece elif emel emine emre engin enes erkan esra "
    "fatih ferhat feride gizem gökhan gül gülay gülşen hakan halil hande hatice hülya ilker "
    "irem kaan kemal kerem koray leyla mehmet melek melike meltem merve mert murat necla "
    "nesrin nihat oğuz orhan osman özge özlem pınar recep rıza sabri sedat selim selin semih "
    "serkan sevgi sibel şeyma sinan songül şükrü süleyman tolga tuba tuğba ufuk ümit yasemin "
    "yavuz yeşim zehra zeynep ömer öznur şahin şule aras azad bawer berfin berxwedan beritan "
    "birusk cihan dilan dilşad dilovan diyar evîn helîn hêvî jiyan kawa rojda rojhat ronahî "
    "rûken serhat şêrko şîlan xebat zîlan zozan baran bêrîvan delal hejar jînda nêçîrvan "
    "rojîn zerya zinar şiyar dilbirîn elîf ferzende berivan zeyneb heval soran aynur elnur "
    "elvin emin gulnar gunel nigar orxan ramin rashad rauf tural ulvi vusal zaur ayten aygün "
    "könül sevinc vüsal bəxtiyar heybət rəşid elşən aziza bahodir bekzod dilnoza farrukh "
    "gulnora jasur javohir kamola laziz malika mohira nodira otabek sardor sherzod shahnoza "
    "ulugbek umida zarina dilshod feruza aigerim aizhan asel askar aslan daulet nurlan yerlan "
    "zhanar dinara madina saule timur ruslan azamat "
    // Greek
    "agapi alexandros alexios anastasios andreas angeliki antonis apostolos aristotelis "
    "athanasios athina charalambos chrysa christos despina dimitra dimitrios dimitris eleni "
    "eleftheria eleftherios elpida emmanouil evangelia evangelos fotini georgios giorgos "
    "haris ilias ioanna ioannis irini kalliopi katerina konstantinos kostas kyriakos lambros "
    "lefteris maria marios michalis nikolaos nikos panagiota panagiotis paraskevi pavlos "
    "petros sofia sotiris spyridon spyros stavros stelios theodora theodoros thanasis "
    "vangelis vasiliki vasilis vassilis xanthi yiannis zoe νίκος γιώργος μαρία ελένη κώστας "
    "δημήτρης γιάννης αικατερίνη βασίλης παναγιώτης σοφία άννα χρήστος ιωάννα "
    // Slavic (Russian, Ukrainian, Belarusian, Polish, Czech, Slovak, Slovene,
    // Croatian, Serbian, Bosnian, Macedonian, Bulgarian)
    "aleksandr aleksandra aleksei alexei alla alyona anastasiya andrei andrey anatoly anton "
    "arkady artem artyom boris bogdana daria darya denis dmitry egor ekaterina elena evgeny "
    "evgenia fedor fyodor galina gennady georgy gleb grigory igor ilya inna irina ivan kirill "
    "konstantin ksenia larisa leonid lev lidia lyudmila lyubov maksim margarita marina maxim "
    "mikhail nadezhda natalya nikita nikolay oksana oleg olesya pavel polina roman semyon "
    "sergey stanislav svetlana taisiya tatiana tatyana timofey valentin valentina valery "
    "vasily viktor viktoria vitaly vladimir vladislav vyacheslav yaroslav yekaterina yelena "
    "yevgeny yuri yuliya zhanna zinaida александр алексей анна андрей дмитрий екатерина елена "
    "иван игорь мария наталья ольга павел сергей светлана татьяна юлия ирина михаил николай "
    "владимир жанна bohdan dmytro halyna hanna mykola mykhailo oleksandr oleksandra oleksii "
    "olena petro serhii serhiy taras vasyl volodymyr yulia yurii andriy ihor nataliia tetiana "
    "iryna liudmyla roksolana solomiia sofiia zoriana ostap yaryna khrystyna adrian agata "
    "agnieszka aleksander alicja andrzej aneta aniela antoni barbara bartłomiej bartosz beata "
    "bogumiła bogusław bożena cezary czesław danuta dariusz dawid dominika dorota edyta "
    "elżbieta ewa ewelina filip franciszek genowefa grażyna grzegorz halina henryk hubert "
    "ignacy irena iwona jacek jadwiga jakub janina janusz jarosław jerzy jolanta józef julia "
    "justyna kacper kamil karolina katarzyna kazimierz kinga krystyna krzysztof lech leszek "
    "łucja łukasz maciej magdalena małgorzata marcin marek mariusz marzena mateusz michał "
    "mikołaj mirosław monika natalia norbert oliwia patrycja paweł piotr przemysław radosław "
    "renata robert ryszard sebastian sławomir stanisław stefan szymon tadeusz teresa tomasz "
    "urszula wacław waldemar weronika wiesław wiktor wiktoria witold władysław wojciech "
    "zbigniew zdzisław zofia zuzanna zygmunt aleš alena alžběta bohumil bohuslav božena "
    "dagmar dalibor daniela eliška františek ivana jana jaroslav jindřich jiří jitka josef "
    "kamila kateřina klára kristýna lenka libor lucie ludmila lukáš marcela markéta martina "
    "matěj miloš miloslav miroslav nikola ondřej pavla petr petra radek radka romana šárka "
    "simona stanislava štěpán svatopluk tereza tomáš vácslav václav věra veronika vlasta "
    "vojtěch zdeněk zdeňka zuzana ľubomír ľudmila anna andrej blažena branislav dušan emília "
    "jozef júlia juraj katarína ladislav lucia ľubica mária matej michal milan miroslava "
    "peter rudolf slavomír viera vladimír zlatica žofia aljaž anže blaž boštjan bojan dejan "
    "domen janez jernej jože katja klemen maja matjaž metka mojca nataša nejc polona primož "
    "rok saša špela tadej tina urška uroš vesna žan žiga ana ante antonija biljana blanka "
    "božidar damir darko davor dragan dražen dubravka đurđa goran gordana hrvoje ivica ivo "
    "jasna josip jelena katarina krešimir lidija ljiljana luka marija marijana marko mario "
    "matija mihaela milica mirjana mladen nenad nikolina petar predrag ranko sanja silvija "
    "snježana srećko stjepan suzana tihomir tomislav vedran vlatko zdravko željko zoran "
    "zrinka zvonimir aleksandar bojana branka danijela dragana dušica gorana jovan jovana "
    "ljubica milena milorad miodrag mirko momčilo nebojša nemanja novak ognjen radmila "
    "radovan ratko slobodan srđan stevan tijana vladan vojislav vuk zlatko živko almir amela "
    "armin edin emina emir jasmin kenan lejla mirza nermin selma senad zlatan aco blagoja "
    "dimitar goce gjorgji ilija kiril ljupčo marjan sašo slavčo stojan trajče vasil angel "
    "atanas blagovest borislav bozhidar desislava dobromir georgi hristo ivaylo kalina "
    "krasimir lyubomir mariana nedelcho petya plamen radoslav rumen snezhana stoyan svetoslav "
    "teodora tsvetan tsvetanka velichko veselin yordan yordanka zlatina "
    // Baltic
    "aivars andris arturs baiba dace dagnija dainis egils elza gints guntis gunta ieva ilze "
    "ināra inese inga ivars jānis juris kārlis kristaps laima liene līga linda māris mārtiņš "
    "raimonds rūta sandra santa sarmīte uldis valdis vija vilnis zigmārs agnė aldona algirdas "
    "arūnas aušra dovilė egidijus eglė giedrė gintaras jonas jurgita justas kęstutis laura "
    "mantas marius mindaugas neringa paulius rasa rimantas saulius tomas vaida vytautas "
    "žydrūnas aivar andres anu eero helen indrek jaan jaanus kadri kaja katrin kertu kristjan "
    "liina maarja mart marten meelis merike piret priit rein siim tiina toomas triin tõnu "
    "urmas "
    // Nordic (Danish, Norwegian, Swedish, Icelandic, Finnish)
    "anders anne-marie annika arne asbjørn astrid birgitta birgit bjørn britt brita dag eirik "
    "einar elin elisabeth erik espen eva finn frida fredrik freja gunhild gunnar gustav hanne "
    "hans hedda helga henrik hilde håkon idun inge ingeborg jens jesper johan jon jørgen "
    "karin kari karsten kasper kjell knut kristian lars leif lene linnea liv mads magnus "
    "malene marit mette mikkel morten nils ola olav ole oskar per pernille ragnar ragnhild "
    "randi rasmus rune sigrid sigurd solveig sondre sten stig sune svein sven terje thor tor "
    "torben tove trine trond ulf ulla ulrik vibeke åsa agneta åke anneli björn göran gösta "
    "ingvar kerstin lennart mårten märta sixten stina sören ylva øystein ørjan åse ragna tuva "
    "ebba alva elsa saga ida vilde nora emil isak viggo malthe villads asger aksel alfred "
    "ebbe halfdan aðalsteinn ásdís bergþóra bjarni björk brynjar dagur eiður elín guðmundur "
    "guðrún halldór helgi hildur jóhann jón katrín kristín magnús ólafur ragnheiður sigríður "
    "sigurður stefán þórður þóra aino aila aleksi antti eetu eija eila elina emilia esa "
    "heikki helmi hilkka ilkka jaakko janne jari jarmo jukka juha juho jussi kaarina kaisa "
    "kalle kimmo kirsi kyösti lauri leena liisa maija marja markku marjatta matti merja mikko "
    "minna niina niko olli onni outi paavo pekka pentti petri päivi raija raimo reijo riikka "
    "ritva sakari sanna satu seppo siiri sirpa taina tapani tapio tarja teemu terhi timo "
    "tuomas tuula tuomo tuulikki väinö veikko vesa ville "
    // Dutch, Flemish, Afrikaans
    "aad adriaan anouk arjen bart bas bram cees daan dirk elske els femke floor frans frits "
    "geert gerrit gert hendrik henk ilse jaap jan-willem jeroen joost joris jurgen kees koen "
    "lieke lotte luuk maarten marloes marijke mieke mirjam niek nienke pieter rik roel ruud "
    "sanne sem stijn sjoerd teun thijs tim tjitske wim wouter anke annelies annemiek arie bep "
    "cor dries gijs guus hanneke hein ineke jacobus jelle joep jolien jos kim lisanne loes "
    "mees merel puck rutger sander siebe sjaak ties tijn willemijn babette goedele griet "
    "hannelore jef katrien lieve liesbeth maaike mathias nele pieterjan raf seppe sofie stien "
    "tine toon vic wannes xander ward jarne emiel berten amber bertus christiaan cornelis "
    "danie elmarie elsabe francois frikkie gerhard hanlie hennie izak jaco janneke jannie "
    "johanna karel koos lettie liezl louis magda marietjie marthinus martie petrus pietie "
    "riaan ruan sarel schalk sonja stephanus susanna tiaan wessel wilhelmina anel annelie "
    "chané chanté elna jolandi lize marlize mientjie nelmarie riana rika suné "
    // German, Austrian, Swiss German
    "achim adelheid alois andrea anja annegret annette arnd bärbel berndt bernhard bettina "
    "brigitte burkhard christoph christel cornelia detlef dieter dietrich edeltraud egon "
    "elfriede elke ernst erwin eva-maria ewald franziska friedhelm friedrich fritz gabriele "
    "gerda gerlinde gisela gottfried gudrun günter günther hans-jürgen hans-peter harald "
    "hartmut heike heinrich heinz helmut hermann hildegard horst ingo irmgard jörg jürgen "
    "karl-heinz klaus lieselotte lothar lutz manfred margit markus marlies matthias meike "
    "michaela otto rainer ralf reinhard reinhold renate rüdiger sabine siegfried silke "
    "steffen susanne thorsten torsten udo ulrich ulrike ute uwe volker waltraud werner "
    "wilfried wilhelm wolfgang anneliese dörte frieda hedwig helmuth hinrich jost kunigunde "
    "lorenz luise mathilde ottilie rosemarie thekla wiebke ferdinand florian johann leopold "
    "maximilian sepp xaver vreni beat reto urs ueli mathis fabienne jürg ruedi corinne nadja "
    "lukas noah elias leon ben luis felix paul henry hannah lea clara leni "
    // French, Belgian, Swiss French, Québécois, West African francophone
    "adèle adrien agathe aimé alain albane alexandre alice alphonse amandine amélie anaïs "
    "andré angèle anne-sophie annick antoine apolline armand arnaud arthur aude augustin "
    "aurélie aurélien axel baptiste bastien béatrice benoît bertrand blanche bruno camille "
    "capucine carole cécile céline charles charlotte christelle christiane christophe claire "
    "clarisse clémence clément coralie corentin damien danielle delphine didier édouard "
    "éléonore élise élodie émile émilie emmanuel emmanuelle éric étienne eugène fabien "
    "fabrice fanny félix flavie florent françoise frédéric frédérique gaëlle gaël gaëtan "
    "gaspard geneviève geoffroy georges gérald gérard germaine ghislaine gilles gisèle "
    "grégoire guillaume guy gwenaëlle hélène henri hervé hortense hugues inès irène isabelle "
    "jacques jean-baptiste jean-claude jean-luc jean-marc jean-marie jean-michel jean-paul "
    "jean-pierre jérémie jérôme joël joëlle josette josiane jules julien juliette laëtitia "
    "laure laurent léa léon léonie léopold loïc luc lucas lucien ludovic lydie maël maëlle "
    "manon marc marcel margaux marguerite marie-claire marie-christine marie-france "
    "marie-hélène marie-thérèse marine marthe martine mathéo mathieu matthieu maxime mélanie "
    "michèle micheline mireille monique nathalie nicolas noël noémie océane odile olivier "
    "pascal pascale patrice paulette pénélope philippe pierrick raphaël raphaëlle raymond "
    "régis rémi rémy renaud rené rolande romain romane rosalie samuel sandrine sébastien "
    "séverine solange stéphane stéphanie sylvain sylvie théo théophile thérèse thibault "
    "thierry timothée valérie véronique victor vincent virginie yann yannick yves zoé aline "
    "amaury armelle baudouin bénédicte clotilde gwendal hermine jocelyne marcelle mélissa "
    "noëlle perrine quitterie solène thibaut ysaline aïcha binta codou khadidiatou maimouna "
    "marième ndèye ngoné nogaye oumou penda seynabou yacine abdou amadou bamba demba djibril "
    "el-hadji elhadji makhtar moustapha ngor ousseynou saliou serigne tidiane youssou "
    // Spanish, Latin American, Catalan, Basque, Galician
    "adela adolfo adriana agustín aitana aitor alba alberto alejandra alfonso alicia almudena "
    "álvaro amaia amparo andrés ángel ángela ángeles antonia antonio araceli arantxa ariadna "
    "armando arturo asunción aurora beatriz begoña benito bernardo blanca borja candela "
    "carlos carolina cayetana césar concepción consuelo cristian david diana domingo elisa "
    "emilio encarnación enrique esperanza esteban estefanía eugenia federico fermín fernanda "
    "fernando francisco gabriel gabriela gerardo germán gilberto gonzalo graciela guadalupe "
    "guillermo gustavo héctor hernán hilario horacio hugo ignacio inés inmaculada irene "
    "isabel ismael iván jacinto javier jesús jimena joaquín jorge josé josefa juan juana "
    "julián julio leandro leticia lucía luisa manuel manuela marcelo marcos maría mariano "
    "marta martín mateo matías mauricio miguel milagros mireia mónica montserrat nerea "
    "nicolás noelia nuria octavio olga óscar pablo paloma patricia paula pedro pilar rafael "
    "ramiro ramón raúl rebeca remedios roberto rocío rosa rubén salvador santiago sebastián "
    "sergio silvia sofía soledad susana tomás valeria vanesa verónica vicente víctor virginia "
    "ximena zulema abril agustina alondra anabel anselmo aránzazu baltasar bautista benjamín "
    "brenda cintia cristóbal damián dayana efraín eliseo emiliano ezequiel facundo fabiola "
    "gael genaro hortensia iker itziar izaskun josu joseba julen koldo leire maite mikel "
    "naiara nekane oihane unai xabier ainhoa idoia iñaki iñigo garbiñe ander jordi josep "
    "montse núria pau pere xavi ferran oriol arnau laia mercè meritxell roser anxo brais uxía "
    "xoán xosé iria antía noa martiño "
    // Portuguese, Brazilian
    "adriano afonso alessandra amália andreia ângela antónio augusto bruna caio carla "
    "catarina cecília cláudia cristiano diogo duarte edson eduarda fábio fabiana filipa "
    "filipe flávia flávio francisca gonçalo graça guilherme henrique inês isabela joão joana "
    "joaquim juliana leonardo letícia luana luciana luís luíza márcia marco margarida mário "
    "mateus matheus mônica natália nuno otávio patrícia paulo priscila rafaela renato rogério "
    "sebastião sérgio sílvia tânia thiago tiago valéria vanessa vasco vinícius vitória wagner "
    "wellington anderson cleber cleide creusa davi enzo edivaldo gilmar heitor iara jéssica "
    "josué kauã laís luan maurício raimundo rayssa sueli thaís valdir vitor "
    // Italian
    "alessandro alessia alessio alfredo angela angelo antonella arianna benedetta carlo "
    "caterina cesare chiara claudia claudio daniele dario davide domenico donatella edoardo "
    "elisabetta emanuele emma enrico fabio fabrizio federica filippo flavia francesco franco "
    "gaetano giacomo gianluca gianni giorgia giorgio giovanna giovanni giulia giuliana giulio "
    "giuseppe giuseppina graziella guido ilaria luca luciano luigi marcello margherita "
    "mariangela massimo matteo mattia maurizio michela michele nicola nicoletta paola paolo "
    "pasquale patrizia pietro raffaele riccardo rocco rosanna rossella salvatore samuele "
    "sandro stefania stefano tommaso valerio vincenzo vittoria vittorio agnese amedeo "
    "annalisa antonietta assunta brunella carmine ciro concetta corrado dino donato ermanno "
    "ettore fiorella gennaro gino graziano libero liliana loredana lucio mafalda marisa "
    "nunzia ornella osvaldo piero pierluigi rinaldo romano rosaria santo silvano tiziana "
    "tiziano ugo umberto vanna "
    // Romanian, Hungarian
    "adina alexandru alina anca andreea ana-maria bogdan camelia carmen catalin cătălin cezar "
    "claudiu cornel cosmin dan daniel dorin dragoș eugen florin george georgiana gheorghe "
    "horia ilie ioana ion ionel ionuț iulia iulian laurențiu lavinia liviu lucian madalina "
    "mădălina mihai mircea mirela nicoleta nicolae octavian oana ovidiu petru radu raluca "
    "răzvan roxana sergiu silviu sorin ștefan tudor vasile viorel viorica vlad adél ágnes "
    "ákos andrás anikó attila balázs béla bence csaba dániel dávid dóra edit emese endre "
    "erzsébet eszter ferenc gábor gergely géza gyula gyöngyi ibolya ildikó imre istván jános "
    "jenő józsef judit katalin krisztina krisztián lajos lászló levente magdolna márk márta "
    "máté mihály miklós nándor nikolett noémi orsolya pál péter piroska réka róbert rózsa "
    "sándor szabolcs szilvia tamás tibor tímea zoltán zsófia zsolt zsuzsanna "
    // Esperanto-style given names
    "ludoviko klara vilhelmo johano paŭlo jozefo georgo karlo frederiko henriko viktoro "
    "aleksandro antono mikaelo tomaso vilĉjo ĵozefo ĉiro ĝino ŝarlota elizabeto katarino "
    "margareta rikardo luko davido danielo samuelo benjameno jakobo izaako abrahamo "
    // English-speaking, more (given names common in the US, UK, Canada, Australia since 1900)
    "abbie addison adrianna agnes aiden aimee alayna aleah alexandria alexia alisa alissa "
    "allie allyson alysa alyson amari amberly amya anabelle anais angelica angelina angelique "
    "anika aniya annalise anya arabella aria ariadne ariella arielle arlo armani aryan ashlee "
    "ashlyn ashlynn athena aubree aubrie audra augusta augustus aurelia averie avis ayden "
    "bailee barrett baylee beau benita bennett bernadine berniece bertram bethel betsy bettie "
    "beulah billie billy blaine blair bobbie bonita braden bradford braeden branden brandi "
    "brandie brandy braydon brenna brennan brianna brianne bridgette britney brittani "
    "brittney brock brody bryana bryanna bryant bryson buddy burton caden caitlyn callie "
    "camryn candice candy cari carlee carley carli carlie carmella carol caroline carolyne "
    "carson casandra cassie cathleen cathrine catrina cayden cecelia celine chadwick chana "
    "charity charley charmaine chasity chaya chelsey cherie chris christi christian chrystal "
    "cierra clarence clarissa claudine clay clemens cleo clifton colt colton conner connie "
    "corbin cordell cornell cory cristal cullen cyrus daija daisha dalton damaris dameon dane "
    "danica daniella danna dante daphney darby darian darrin darwin daryl dashawn davion "
    "dayton deandre deangelo deanne debora deena deja delaney delbert delmar demarcus "
    "demetrius dena deon derick derrick deshawn desiree destiny devan devante devonte dianna "
    "dillan dimitri dixie dolly domenic dominick donnell donny dorian dortha dudley dulce "
    "easton eddie edmond edythe efren elaina elbert eldon eldridge elenor eliana elissa elmer "
    "elnora elva elvis emery emmy enoch erica erick ericka erma ernie errol esmeralda estella "
    "estrella etta eula evalyn evelin everette fannie fay faye felicia felton fern fidel "
    "finley flora flossie francine frankie franklin freda freddy gabe gage garland garry "
    "gaston gayle geneva genoveva georgette geraldine gianna ginger giselle gisselle glen "
    "grady greta gunner gus gussie hadley hailee hallie hank harmony harold hassie hattie "
    "haven hayden hayley haylee haylie heath heber helmer herminia hershel hester hillary "
    "hiram hollis hope hoyt ila ilene immanuel ira irma isabell isadora isai isidro iva ivory "
    "izabella jacinta jackeline jackson jaclyn jacquelyn jaden jadyn jaiden jailyn jakob "
    "jaleel jalen jalyn jamaal jamar jameson jamey jamie jamil janae janelle janice janie "
    "janis jaquelin jarrett jarvis jaslyn jaycee jaylen jaylin jaylon jeanie jeannette "
    "jeannie jed jeff jeffery jenifer jennie jennings jeramie jeremie jermaine jerome jerrod "
    "jess jessie jessika jettie jewel jimmie joann joanie jodi jody joesph johathan johnathan "
    "johnnie johnpaul jolie jonatan jonathon joseph josiah josie josue jovani jovany juanita "
    "judah julianne juliet jullian junior justina kacey kade kaden kadin kaela kaelyn kailee "
    "kailey kaitlin kaleb kali kameron kamryn kane karlee karley karli karlie karson kasandra "
    "kassandra kathlyn katlyn katlynn katrine kay kaycee kaydence kayleigh kaylie keanu keely "
    "keenan kellen kelsi kelsie kelvin kendal kendrick kenna kennith kenton kenyon keshawn "
    "kevon kiana kianna kiara kiera kierra kiley kimberlee kirk kirstin kittie kolby kole "
    "korey kris krista kristi kristofer kristopher kristy krystal kylee kyleigh kyler lacy "
    "lamar lamont lane laney larue lashawn latisha laurianne lavern laverne lavina lavon "
    "layne lazaro leann leanna leanne leatha leda lee lela lelah lemuel lenna lenora leola "
    "leonel leonie leonor leora leroy lesley leta letha letitia levi lexi lexie libby lilian "
    "lillie lilly linnie lisette litzy liza lizeth lizzie lonnie lora lorenza lori lorine "
    "lottie lou louie lowell luann lucienne lucious ludie luella lula lupe lura lyda lynda "
    "lyric mabelle macey maci macie madalyn madelyn madge madisen madonna mae maegan magali "
    "makayla makenna makenzie malachi malinda mallie manley marcelina marcella margaret "
    "margarett margie mariah marianna mariane maribel marie mariela marielle marietta marisol "
    "maritza marjolaine marlee marlen marley marlin marquis marquise maryann maryjane mason "
    "mathew matilde maud maudie maureen maximillian maximo maximus maxie maybell maybelle "
    "maye mckayla mckenna mckenzie meagan meaghan meda melany melba melissa melisa melvin "
    "melvina merl merritt mikayla milford milo minerva minnie misael mitchel mittie modesta "
    "moises mollie monte monty moriah mose moses muhammad mya myah myriam myrna nakia nannie "
    "nash nasir nathanael nayeli nedra nelda nella nels nestor newell newton nichole nicklaus "
    "nico nicolette nikki nikolas noemi noemy nolan nona norberto oda odessa ofelia okey "
    "oleta olin oma omari ona ophelia oral oran oren orie orval osbaldo osborne oswaldo otha "
    "otho otis ova palma pansy pat patience pattie pauline paxton payton percival peyton "
    "philip pierce presley queenie quincy quinten quinton raheem rahsaan raina ralph ramon "
    "randal raphael rashawn raul raven reese reina rene reta retha reva reyes reyna rhianna "
    "rhoda richie rickey rico rigoberto robb robyn rocio rocky roderick rodger rodolfo "
    "rodrick rollin roma romaine romeo rosalee rosalia rosalyn rosamond rose roselyn rosendo "
    "rosetta rosina roslyn royce rubie ruben rubye rudy russel rusty ryann rylee ryleigh "
    "sabryna sadye sage sam samanta samara samson sanford santina santino santos sarai sasha "
    "saul sedrick selmer serenity shaina shakira shanel shanelle shania shanie shanna shanny "
    "shaun shawna shayna shayne shea shemar sheridan sherman sherwood shirley shyann shyanne "
    "signe sim simeon skyla skylar sonny sophie sophia stacy stan stanford stefanie stephan "
    "stevie stewart sunny susie sydnee sydni sylvan sylvester talon tamara tamia tanner tatum "
    "taurean tavares taya taylor teagan terrance terrell terry thad thaddeus thalia theron "
    "thora thurman tia tiana tianna tillman timmothy titus tobin tod toney toni tony torey "
    "torrance torrey travon trey tristian tristin triston trudie tyra tyree tyrel tyrell "
    "tyrese tyrique tyshawn ubaldo ulices ulises una urban uriah uriel valentine vallie van "
    "vella velva verda verla verlie verna vernice vesta vickie vida vidal vilma vinnie virgie "
    "virgil vito viva vivianne walton wava waylon webster weldon wendell westley weston "
    "wilford willard willis willy wilson wilton winfield winnifred winona woodrow wyman "
    "xzavier yadira yasmeen yesenia yessenia zachariah zachery zack zackary zakary zander "
    "zaria zelma zena zetta zion zita zoey zoie zora zula "
    // More French, Swiss, Belgian
    "aimée albéric alix ambre amédée anatole angélique anne-laure annie-claude aristide "
    "arlette arsène auguste aurore axelle bérénice berthe blandine brice célestin céleste "
    "charline chloé clothilde colombe constant cunégonde cyprien danièle denise désiré diane "
    "dieudonné donatien edmée édith éliane élisabeth éloïse émeline émilien eugénie eulalie "
    "eusèbe évelyne fernand fernande firmin flavien florentin gabin gaëtane gautier gervais "
    "gilberte gonzague gustave hippolyte honoré ignace isidore jacinthe jean-charles "
    "jean-christophe jean-daniel jean-françois jean-jacques jean-louis jean-noël jean-yves "
    "jeannine josée julie juste laurène léandre léontine ludivine maëlys marceline marie-anne "
    "marie-josé marie-laure marie-louise marie-noëlle marie-pierre maryse mathurin maxence "
    "médéric mélodie michel michelle mylène nadège narcisse nathan nicole ninon octave olympe "
    "pacôme pascaline paulin philibert philippine philémon pierre-yves prosper rachel régine "
    "renée roch rodolphe roger rose-marie roselyne rosine salomé serge sidonie sixtine suzon "
    "sylvestre tanguy théodore thomas ursule valère valérien victoire victorine vivien "
    "yolande zacharie zélie "
    // More German, Austrian, Dutch, Nordic, Icelandic
    "adalbert adelina adolf albrecht alfons aloisia amalie angelika annemarie antje arno "
    "ansgar bastian benedikt bernd berta bodo brunhilde burghard carina carsten constanze "
    "cord dietmar dominik edeltraut egbert eckhard eckart edda elfi elmar engelbert erhard "
    "falk felicitas frank franz frauke friedemann friederike gabi gebhard georg gerd gernot "
    "gertraud gesine gottlieb grete gunda gunther gustl hagen hannes hanno hansjörg hartwig "
    "hedi heidemarie heidrun heiko heiner heino helene hella helmtraud henning herta hiltrud "
    "holger ignaz ilona imke inka irmtraud isolde jannik janosch joachim jochen johannes "
    "jolanda jonathan jutta karla kasimir katharina kilian klemens konrad korbinian kornelia "
    "kuno leander leonhard liesel lisbeth ludger ludwig luitpold maik malte mareike margarete "
    "meinhard meta michael moritz nepomuk niklas olaf ottmar patrick paulina pia quirin "
    "raimund reiner reinhild ricarda romy sascha sieglinde siegmund sigrun simon steffi "
    "svenja swantje theresia thilo till tilman traudl uta veit verena waltraut walther "
    "wendelin wigbert winfried wolf wolfram zacharias aart annemieke bastiaan brecht casper "
    "catharina coen diederik doutzen evert fenna fleur floortje geertje gijsbert harm "
    "hendrika huub jannes jochem joke jurre kik klaas lammert maartje marieke martijn maurits "
    "michiel mirte nanne niels noud pepijn pieternel reinier rianne rogier roos saskia sietse "
    "sjors suus thijmen tjeerd tom toos twan valentijn wiebe wytse zeger aase agnete alfhild "
    "amund annelise arvid åge bent berit birthe bodil børge brede cecilie dorte edel eilif "
    "ellinor elsebeth emilie erling esben eskil flemming frode geir gunvor gry hallvard "
    "hans-christian hedvig helle hjalmar iben ingvild ivar jarl jeppe johanne jonna josefine "
    "kamilla karen lasse lise lone magne maj majken mari mats merete mille nanna nikolaj njål "
    "oddvar oline oluf palle peder pelle preben ragnvald rikke roald runar sigbjørn sigve "
    "simen sissel stine synnøve tage terese torbjørn tordis torstein trygve turid unni "
    "valdemar vegard vidar william yngve aðalheiður agnar álfheiður ari arnar ásgeir ásta "
    "auður baldur birgir bjarki björg bragi dagný davíð egill elísabet erla eyjólfur freyja "
    "friðrik gísli guðbjörg guðný gunnhildur gylfi hafdís hafþór halla hallgerður haraldur "
    "haukur heiða heiðbrá heimir hjalti hlynur hrafn hrefna ingibjörg ingþór ísak jóhanna "
    "jónas karl kári kjartan kolbrún kristján lilja margrét óskar páll rakel rúnar sævar sif "
    "sigrún snorri sólveig stefanía steinunn svanhildur sveinn þorsteinn thorsteinn tómas "
    "unnsteinn unnur valdís vigdís þórunn "
    // More Slavic, Baltic, Hungarian, Romanian, Balkan diminutives and forms
    "aleksy anatol anfisa anzhela arina arseniy artur borys bronisław danylo denys darina "
    "dariya demyan dobrosław dorofei eduard elizaveta evdokia evgeniya faina feliks feoktist "
    "filipp fyokla gavriil gerasim grigoriy hleb hryhoriy inessa ioann iosif irakli jarosława "
    "kazimiera klavdiya klim kuzma larysa lesia lidiya lilia lukyan makar marfa matvei matvey "
    "milana mstislav nadiya nazar nikifor nonna oleksiy orest platon praskovya prokhor "
    "radomir raisa rodion rostislav rostyslav ruslana savva serafim serafima sofiya stepan "
    "svyatoslav taisia trofim ulyana vadim valeriya varvara vasilisa veniamin viktoriya "
    "vitaliy vlada vlas vsevolod yakov yaroslava yefim yeva yulian zakhar zlata zoya zoryana "
    "zinoviy zhenya misha pasha grisha dima kolya tolya vanya seryozha lyosha natasha masha "
    "dasha katya olya sveta galya nadya lyuba nastya marusya ania basia bogna bolesław "
    "cecylia celina dobrawa ela felicja gosia halszka honorata iga irmina janek józefa julian "
    "kasia krystian lucyna ludwik malwina mariola melania mieczysław mirosława oliwer pola "
    "roksana seweryn sylwia szczepan tekla tymon tymoteusz wiesława zenon zenona zuzia żaneta "
    "anežka bedřich bohdana čeněk dobroslav drahomíra dušana hedvika ilja jarmila jaromír "
    "karolína květa ladislava leoš libuše lubomír luboš matyáš milada miloslava miluše "
    "naděžda oldřich otakar přemysl radim radúz růžena soňa svatava tadeáš vavřinec věroslav "
    "vilém vratislav zbyněk albertīne aldis alise andžs ansis arnis arvīds astrīda austra "
    "beāte dāvids dzintars edgars elīna emīls ernests evija gatis gunārs ilgvars imants inārs "
    "indulis intars jāzeps kaspars krišjānis laimdota lauma ligita malvīne mareks modrīte "
    "normunds oskars pēteris ričards roberts rolands rūdolfs sandis sniedze tālis tālrīts "
    "uģis valda valters vilis visvaldis zenta zigfrīds zintis ainė algis almantas aurelija "
    "birutė danutė daiva edita eimantas gediminas genovaitė gintarė jolita jūratė kazys "
    "laimutė milda nijolė petras remigijus rimvydas romualdas sigita skaistė stasys vaidas "
    "valdas virginija žilvinas ábel ádám adrienn ágota aladár albert alfréd álmos andor anett "
    "aranka árpád barnabás benedek bernadett bianka boglárka borbála brigitta csanád csenge "
    "dénes dezső dorina dorottya ede elek előd emőke erna ervin etelka fanni flóra frigyes "
    "gáspár gellért gizella hajnalka hédi hunor irén jácint jázmin jolán julcsa kálmán kata "
    "klaudia kornél kristóf lili lilla liliána lőrinc lukács marcell márton mátyás mercédesz "
    "mira nóra olivér ottó panna patrik rebeka rezső róza sára sebestyén szabina szilárd "
    "szilveszter tünde vanda viktória virág zsófi zsuzsa alin anișoara aurel aurelian axinte "
    "catinca cezara constantin corina costel cristiana dănuț doina dumitru emilian florica "
    "gelu grigore ilinca ileana ionela iuliana jenica lenuța lucreția luminița maricica marin "
    "matei medeea mioara mirabela miruna nelu nicu otilia petronela rareș remus rodica sanda "
    "sânziana sevastian smaranda sorina stela sveatoslav toma traian valeriu vasilica venera "
    "virgiliu zamfira zenovia anastasije bogoljub božica časlav dragica dragoljub dragoslav "
    "gavrilo gordan jagoda jelisaveta jovanka kosta ksenija ljubomir ljubinka miladin milutin "
    "mladenka nedeljko obrad olivera radiša radojka raško rajko ratka ružica sava savka "
    "slavica snežana spasoje staniša stanka svetozar todor vasilije velimir vidosava vojin "
    "zagorka zlatija živana andrina boban branko davorin franjo gala ivanka jakov josipa "
    "ljerka mate mile nevenka oliver paško rajka sanjin šime stipe tonči vinko višnja zdenka "
    "dime gjorge ljupka marjana slavče trajko vesela "
    // More Spanish, Portuguese, Italian, Greek, Turkish, Arabic, Persian
    "abel abelardo abigaíl adalberto adolfina adrián alcides amalia amado américo anacleto "
    "anastasio angélica aníbal apolonia arcadio aristeo atanasio aureliano balbina baldomero "
    "bartolomé benigno bernarda bonifacio brígida candelaria caridad casimiro cayetano "
    "ceferino celestino celso cipriano cirilo clemente cleofás conrado constanza crescencio "
    "custodio delfina demetrio dionisio domitila dorotea edelmira eduviges elías eligio "
    "eloísa eloy elpidio emiliana encarna epifanio estanislao eufemia eugenio eusebio "
    "evaristo fabián fausto feliciano felícitas fermina filiberto filomena florencio "
    "florentino fortunato frontiniano fulgencio gaspar gertrudis gervasio gil gregorio "
    "griselda heriberto herminio hipólito honorato humberto ildefonso inocencio irineo isaura "
    "isidora jeremías joaquina jovita julieta justino laureano lázaro leocadia leopoldo "
    "liberto lisandro macario manola marcial marcelino marciano margarito maricela marisela "
    "maximiliano melchor modesto natalio nazario nemesio nicanor noemí olegario onofre "
    "pánfilo pascual patricio paulino perla plácido porfirio prudencio prudencia purificación "
    "quirino reinaldo rosalía rosaura rufino sabas salomón saturnino severiano silvestre "
    "silvio simón socorro tadeo teófilo tobías trinidad úrsula valentín venancio ventura "
    "wenceslao zacarías zoila adalgisa aderbal adelino almerinda anabela antónia aparecida "
    "arnaldo belmiro benedita bento carlota caetano cândido cesário conceição cristóvão "
    "custódio deolinda dinis dores edite elisabete emanuel ermelinda estela eugénia fátima "
    "felisberto fernão glória graciete guiomar henriqueta hermínia horácio ilda ivone "
    "jerónimo júlio lúcia lurdes madalena mariazinha natércia noémia olímpia otília palmira "
    "pascoal quitéria rosália rosalina sebastiana severino soraia tomé ulisses vânia venâncio "
    "vicência vitorino zulmira agostino alda alfio ambrogio annunziata attilio baldassare "
    "battista bortolo calogero camillo carmelo clelia cosimo costanza crocifissa domenica "
    "donatello egidio elio ennio ercole ezio fabiano felice ferdinando ferruccio fiammetta "
    "fiordaliso fiorenzo flavio fulvio gaspare germano giacinto giada gianfranco gianpaolo "
    "giosuè girolamo gisella giuditta giustino gualtiero guglielmo ignazio ilario iolanda "
    "isidoro italo jacopo lauretta lazzaro letizia liborio livio lodovico lucrezia ludovica "
    "marcantonio marzia massimiliano mauro melchiorre nello nunzio odone orazio orlando "
    "ottavio patrizio piera pio primo raimondo remo romolo rosalba ruggero sabatino saverio "
    "savino sebastiano serafina settimio silvestro tancredi tullio ulderico valeriano "
    "venanzio vitale zaccaria athanasia aristione anthoula chrysoula dimos efstathios "
    "efthymios fotios fotis gerasimos grigorios ioulia kleopatra kyriaki loukas markos "
    "menelaos miltiadis nektarios nefeli odysseas pantelis perikles periklis prodromos rallou "
    "savvas sotiria stamatia stathis stylianos themistoklis theofanis triantafyllos vaios "
    "vasileios xenia zisis eystathios paraskeyi sotirios agah akın alper altan atilla ayhan "
    "aykut aytaç bahar başak bekir berna bora bülent büşra cansel ceren çiğdem damla demet "
    "dilara doğan duygu ekin elçin erdem erdoğan eren ertan ertuğrul esin fadime fehmi feyza "
    "filiz gamze gönül gülsüm güven hakkı halit hamdi harun hayri hilal hüseyin ilhan ilknur "
    "ipek ismail kader kadir kerim kıvanç levent lütfi mahmut melih mesut metin mine muammer "
    "mücahit nail nazlı necati nihal nilay nuri nurten oktay onur ozan özcan rabia ramazan "
    "refik rukiye sabahattin sadık saim salih seda sefa selçuk sema serap serdar sevda sıla "
    "sinem soner süheyla şenol taner tarık tayfun tuncay turgut ülkü utku vedat volkan yağmur "
    "yakup yasin yiğit yücel zafer zerrin zübeyde abdelkader abderrahmane abdulkarim abir "
    "achraf adam afaf ahlam aicha alia amine anouar asmae ayoub bachir badr bouchra chaima "
    "chayma dounia driss fadwa farida fouad hafsa hajar hakim hanane hicham houssam ilyas "
    "imane jalal kenza latifa loubna meriem mouad mounia naima najat nassim nawel noureddine "
    "othmane oussama rachid redouane safae samia sanae siham soufiane souad taha wafa yahya "
    "yassine youness zakaria zineb zoubida ahoura anahita arya ashkan atefeh behzad bita "
    "dorsa elnaz fariba farzad ghazal golshan hamidreza hooman kamyar katayoun laleh ladan "
    "mahtab mandana maziar mehrnaz minoo mitra parham parastoo pooya pouya sadegh sahand "
    "sepideh shabnam shahla shiva soheila sohrab taher yalda yegane "
    // More Japanese, Chinese, Korean, Southeast and South Asian
    "akane akemi akiko amane anri atsushi ayako azusa chiaki chie daichi daisuke eiji fumio "
    "fuyuki goro hajime hanae haruna hayate hikari hikaru hiromi hiroto hisako hitomi ikue "
    "iori isamu itsuki iwao izumi junichi kaede kanata katsuya kazuo kazuya keisuke kiyoshi "
    "kohei koichi kotaro kyosuke madoka manabu masaru masumi mayu michio midori minoru "
    "mitsuki mitsuo miyako mizuki moe momoko motoko nagisa naoko naoto natsuko nobu norio rei "
    "rikuto ryohei ryoko ryosuke ryusei saburo sadako satomi satsuki seiko shiho shinichi "
    "shinobu shiro shohei shuichi sora sumiko suzume tadao takao takeo tamaki tatsuo teruo "
    "tomoaki tomomi toru tsubasa tsuyoshi wakana yasuko yasuo yoichi yoshie yoshio yoshiyuki "
    "yosuke yukiko yukio yusaku yutaka chise ayane aoto ayumu bingwen chenguang chunyu dandan "
    "fangfang feifei guanyu haiyang hongmei huifang jiahui jianping jiaxin jingjing junhui "
    "lanying lihong lingling meiling minghua qingyun ruolan shuang shufen tingting weiwei "
    "xiaofeng xiaoling xiaomei xiaoyan xinyue xiuli yanyan yingying yiwen yuhan yunfei "
    "zhiyong zhihao ziyi chun-hei ka-ming ka-wai kwok-wing man-kit siu-ming wai-man wing-yan "
    "yan-ting hoi-yan tsz-ching ho-yin bo-gum chae-won da-hye eun-bi eun-woo ga-eun geon-woo "
    "hae-won hee-jin hye-won hyo-jin hyun-soo in-ho jae-min ji-eun ji-sung jin-ho jong-min "
    "joo-won kyung-min min-seok mi-rae na-yeon se-hun seung-woo so-ra sun-woo tae-hyun "
    "woo-jin ye-jin yeon-woo yoo-na young-jae yu-na eunbi jiwon sohee chaewon bảo-anh diệp "
    "đông giao hằng hậu hiển hưng kiên kiều lâm liên loan lộc luân mạnh mỹ ngân nghĩa nguyệt "
    "nhàn nhi như oanh phát phụng quế sang tài thái thoa thông thư tiên toàn trâm trí trúc tú "
    "tuyền vi vy xuyến yên abhinav adarsh aishwarya akhil amol amruta anirudh ankur anshul "
    "anurag apoorva archana arpita ashish asha atul ayush bhargav bhumika chandan charu "
    "chirag darshan deepti devika dhanush disha gagan gauri gayatri harsha hemlata himanshu "
    "indu ishita jatin jayesh kajal kanika karan karthik kartik kashish keerthi kunal lavanya "
    "madhavi mahima malini manasi mayank megha mihir mitali mridula nakul namrata neeraj "
    "nidhi nirmala nupur omkar pavan payal prajakta pramod pratibha pratap prem rachana "
    "radhika raghav rajat rajendra ramya ranjana rashmi reema rishi rohan ruchi rupali sakshi "
    "sanjana sapna saurabh savita shalini shekhar shikha shivani shobha shruti siddharth "
    "simran soumya srinivas sudha sumati supriya suraj swapna tanmay tanuja trupti tushar "
    "uday urmila vaibhav varsha vasudha vedika vidhi vineet vipin yamini aadrika aatmaja "
    "anasooya inder dulari "
    // More West African, East and Southern African
    "adjara aida ameth aminatou ansou arame bacary bakary binetou bintou boubou cheikhou "
    "daouda dienaba djeneba fallou fatim fodé habibatou ismaïla kadiatou khadim khoudia mame "
    "massamba mbène ngagne oumy papa pathé samba sékou sidy soda souleye tening thierno yaya "
    "yéro abosede adaku adanna adaugo adebola adedayo adeife adekemi adenike adesua "
    "adetokunbo aderonke adesola afolabi ajoke akande akinola amarachi arike ayomide ayotunde "
    "ayobami bamidele chibuike chidera chigozie chikwado chinaza chinyere chisom chukwuma "
    "dayo ebunoluwa efe ejiro eniola ese ezinne folarin funmi ifunanya ijeoma ikenna iyabo "
    "kelechi kemi kolawole modupe morenike mosunmola nkem obiageli ogechi olabisi oladele "
    "olajide olaniyan olayinka olufunke olufeyikemi oluwadamilare oluwakemi omolara onome "
    "onyeka opeyemi oreoluwa rotimi shade simisola somto tamunoemi temilade tobi titilope "
    "toluwalope tunmise uchechi uzoma yewande bheki bonginkosi dumisane fanyana hlengiwe "
    "khanyisile lwazi mandisa mthunzi mzwandile nkosinathi nokwanda nomalanga nomathemba "
    "nonhlanhla ntokozo phumzile sabelo sanele senzo sibongile sihle siphesihle thando "
    "thembeka vusi xolani zwelethu katlego keabetswe lebogang lesego mosa motheo ofentse "
    "omphile onalenna reabetswe tebogo tshegofatso tumisang "
    // More Kurdish, Esperanto, Nepali, Irish
    "agirî alan aram ardelan armanc azadî berdan bilind botan çiya dilşa dîlan dîyar ferhad "
    "govend hêja lorîn mem mizgîn nazdar newroz nûdem nûjiyan rêber rênas rizgar rojbîn ronî "
    "şeyda şervan şilan şîrîn welat xezal zana zelal ajnaro amalio andreo anjo anĝela anĝelo "
    "aŭgusto aŭrelio brigita edmundo elizabeta emilo ernestino eŭgeno evo filipo franko fredo "
    "gabrielo haroldo heleno ivano jozefino kamilo karolino katrino klemento kristino laŭra "
    "leono lidio martino melanio miĥaelo nikolao oskaro paŭlino rozo stefanio valentino "
    "verano viktorio vilhelmino zofio ĉarlo ŝtefano ĵeneta agrim anish ashim bibek bipin "
    "dilli hira jiban kabita manisha nabina nirajan pabitra prabin prativa rajan ramila "
    "reshma roshan sabita sarina shanta shristi sudip sujan susmita tika umesh yam aifric "
    "aindriú annagh aodh aoibheann aoibhinn bairbre blathnaid brian clíona conall cróna dáire "
    "dearbhla deasún diarmuid doireann donnacha éabha éamonn eibhlín éile enda fearghal "
    "fiachra fionnán gearóid gobnait íde labhrás lughaidh maebh mícheál muireann naoise neasa "
    "nollaig odhrán órlaith pádraigín peadar ríona ruairí saorla seosamh síle sinéad siún "
    "treasa uinseann "
    // More Southern and West African, South Asian and Indonesian given names,
    // written by hand like the rest
    // Zulu, Xhosa, Sotho, Tswana, Venda, Tsonga
    "amahle andile anele asanda athandile ayabonga aphiwe bandile bhekani bongiwe bonolo busani "
    "cebisile dineo dumisile fezile gugu gugulethu jabulani jabu khanyisa khethiwe khulekani "
    "khumbulani kwanele langelihle lindani lindelani lindokuhle lihle londiwe lulama lungelo "
    "luthando mandlenkosi mangaliso mduduzi mfundo mlungisi mondli mthokozisi mxolisi mzamo "
    "nhlanhla njabulo nkululeko nokubonga nolwandle nomfundo nomonde nomzamo nondumiso nonjabulo "
    "nontobeko nosipho ntando ntombi ntombifuthi ntuthuko olwethu philani phindile phiwe "
    "phumlani qiniso sakhile sandile sbu sbusiso senamile sibonelo sibongiseni simphiwe "
    "sindisiwe siphamandla siphiwe sizwe snenhlanhla thabani thabiso thamsanqa thembani "
    "thembisile thulani unathi vuyani vuyiswa vuyo wandile xolile yonela zakhele zamokuhle "
    "zenande zethu zintle zukiswa zwelakhe zwelinzima khwezi amandla asemahle bukelwa lutho "
    "siyanda lwandile mpumelelo musawenkosi samukelisiwe sbongile zenzele buhlebethu lethabo "
    "kamohelo keitumetse kgomotso kabelo masego nthabiseng oratile reitumetse thato thapelo "
    "tlotlo tshepiso tumi boipelo dikeledi itumeleng keneilwe mmabatho onthatile pule rethabile "
    "rudzani mashudu tshilidzi ndivhuwo khathu lufuno hlulani nyiko tsakani ntsako rhulani "
    "hlayisani "
    // Yoruba
    "abayomi abidemi abiola abisola adebisi adebowale adedamola adedotun adegboyega "
    "adejoke adeleke adenrele adeniyi adeolu aderemi adesina adetola adetunji "
    "adewunmi adeyemi adunni afolake ajibola akinde akinyemi akintunde alaba ayodeji ayokunle "
    "ayoola babajide banjo bimbo bisi bolaji bukola busayo damilola damola demilade dolapo dotun "
    "durojaiye enitan fadekemi fikayo folakemi funmilola gbemisola gbolahan ibukun ifedayo "
    "ifeoluwa inioluwa iyanu iyinoluwa jadesola jumoke kikelomo kolade korede lanre lolade "
    "morayo moyo moyosore niniola nifemi ogooluwa oladimeji oladipo olaide olakunle "
    "olamilekan olanike olaoluwa olawale olubunmi olusegun olusola oluwadamilola oluwafemi "
    "oluwafunmilayo oluwaseyi oluwatosin oluwatoyin omobolanle omolade omotola omowunmi opeoluwa "
    "oyebanji oyeyemi oyinkansola oyindamola sade seyi shola sijuade simi tayo temidayo temilola "
    "temiloluwa tinuke titilayo tobiloba tolani tomiwa tope toyin tunji wumi yejide "
    "yemisi yinka kudirat ramat rasheedah suliat taofeek rukayat fatimoh bolatito "
    "darasimi ireoluwa iremide mofoluwake mofe juwon "
    // Igbo
    "adaora anayo chibueze chibuzo chidozie chiebuka chijioke chika chikamso chima chimamanda "
    "chimezie chinazo chinecherem chinemerem chizoba chukwuebuka chukwunonso ekene ifeanyichukwu "
    "izuchukwu kamsi kenechukwu kosisochukwu mmesoma munachi nkechinyere nnaemeka nneoma nonso "
    "obiora obumneme ogechukwu okechukwu onyekachi onyinye oluchi somadina tochukwu uchechukwu "
    "udoka ugochi ugonna uzochukwu ngozika nkiru obianuju ozioma chidimma chinenye ebele "
    "nwakaego uju amaechi "
    // Hausa, Edo, Urhobo, Efik, Ibibio, Ijaw
    "abdullahi abubakar adamu ahmadu aisha aliyu asabe balarabe bello dahiru hauwa hussaini "
    "inuwa jamilu kabir lami mustapha nafisa rabiu rakiya safiya salisu sadiya shehu suleiman "
    "umaru yakubu zubairu bukar modu efosa osagie osaro eghosa ivie osas nosa oghenekaro "
    "oghenetega efemena akpan effiong ekaete etim eno inyang mfon nsikak ubong ekemini itoro "
    "tamuno ibinabo boma soye ebiere "
    // Akan (Twi, Fante), Ga, Ewe and Ghanaian English
    "adwoa afua kwadwo kobina kweku ekow kwesi paa fiifi ato kakra panyin kwamena kwamina ebo "
    "ekua araba akwasi akwesi yawa agyeman akwasiwa abenaa adjei ayi ayikai dede korkor naa nii "
    "tetteh lartey akuorkor odarley kpakpo amerley edem elikem elorm enyonam mawuli "
    "mawunyo selorm senyo sedinam dzifa dela delali makafui esinam etornam kafui kekeli korku "
    "kodzo komla kossi yao kwamivi mawuena yayra yawo fafali seyram dodzi edinam elinam eli afi "
    "ewurabena maame obaapa nhyira nyameke adom afriyie ayeyi boatemaa konadu asantewaa serwaa "
    "pokuaa agyeiwaa owusuaa dufie nsiah amoah gyamfi bismark gifty dzigbordi "
    // Indian (Hindi, Punjabi, Bengali, Tamil, Telugu, Kannada, Marathi, Gujarati)
    "aadhya aarush abhijit abhilash achyut advait advik akanksha alok amar ambika amitabh anagha "
    "anamika aniket anirban anshu anuj anupama aparna arnav arpit ashwini atharv avantika balaji "
    "bhagyashree bhaskar bhupendra brijesh chaitanya chandrika chinmay daksh darsh debashish "
    "devansh devi dhanalakshmi dharmendra dhananjay dipika gautam gayathri girija gopika gunjan "
    "hardik harini harpreet harshita hemanth hitesh jagadish jaspreet jasleen jasmeet jaswinder "
    "jitendra jitender jyotsna kalyani kamlesh kanchan karuna kaushik kavitha kishore krishnan "
    "kuldeep lalita lokesh madhuri mahendra mallika mamta manpreet meenakshi mohini mohit mrinal "
    "murali nagendra narayan narendra navneet nayana nirmal nitya paramjit parminder parth "
    "pavithra poonam prabhakar pragya pranjal prasanna prateek preetam punit pushpa rachna raghu "
    "rajinder rajni ramakrishna ranbir ravindra revathi rishabh ritika rupinder sabitha sandeep "
    "sangeeta santhosh saranya sarika satyam shailesh shantanu sharad shashank shivam shubham "
    "sivakumar sonam srikanth sridhar srinivasan subramanian sukhwinder sumeet sunanda sundar "
    "surinder suryakant tejas tejaswini trisha tulsi vaishali vandita vanitha venkatesh vignesh "
    "vijaya vikrant vimal vinita vishnu yuvraj aslesha aniruddha ayaan reyansh vihaan aarohi "
    "anvi diya saanvi navya riya bhupati deeptiman balagovind anagh abhirath divjot gurpreet "
    "gurmeet harjit manjeet navjot simranjit amandeep kulwinder baljit ranjan sudipta subhankar "
    "sourav arindam anindita tanushree debjani moumita sayantan sreya suchitra ananth arumugam "
    "karthika lakshmanan muthu palani ramasamy selvi senthil thangam valli anbu ilango kumaran "
    "murugan velu chandrasekhar hariharan padmini revati shobana srividya yashoda bhanu "
    "chiranjeevi nagaraju prasanthi sravani sudheer venkat "
    // Nepali
    "aayush anup aashish asmita ashmita babita barsha bidhya bikram binita bishal biswas "
    "chandani janaki laxman niraj padam pratima rabindra ratna rupa sagun sajan samjhana sandesh "
    "sangita subash sudeep tulasi ujjal yubraj bijay bimal dambar gyanendra indra jeevan kaushal "
    "netra yadav rojina rasmita sapana smriti sushila anisha rajina bipana pramisha nirjala "
    "sarmila ashmi "
    // Indonesian, Javanese, Balinese, Sundanese
    "adi agung aji andika angga anisa arief ario bagas bagus cahya cahyo dedi dinda eka endah "
    "fadli fitria gunawan heru ika irwan iwan kadek ketut komang kurnia lia nanda novi "
    "panji prasetyo puspita rahmat rizki santi setiawan slamet suharto sulastri susanto sutrisno "
    "teguh tuti widya yogi yuliana zaenal ahmadi anggi anjani ayudia dewa diah dwi fikri galih "
    "hanif hesti ikhsan kartini nining nurhayati oktaviani pratiwi purnama puspa rahayu "
    "rahmawati ria safitri sekar septi suryani tantri umar utami vina wawan wening yanto "
    "darmawan harjo hartono kusuma mulyadi mulyani sugeng sukarno suparno supriadi suwarno "
    "widodo wijaya yudhoyono cahyadi jasmani mulya paramita rangga wani damar laksmi ratih dyah "
    "kinanti larasati arum ayunda "
    // More of the same countries
    "akhona amogelang anathi aphelele asive ayakha bafana bokang bonani bulelani dumile fikile "
    "hlumelo jabulile kamva khaya khanyile kuhle lebohang lehlohonolo limpho lisakhanya lusanda "
    "luyanda mahlatse makhosi makhosazana mbuso mlamuli nandipha nolitha nombuso nomhle nosisa "
    "nozipho ntsikelelo phila phumeza sbahle siyamthanda sizakele sphamandla thobeka thokozani "
    "thulisile vuyolwethu xolisa yandisa zama zandi zethembe zizipho zonke sibusisiwe nosizwe "
    "adebimpe adegoke adeyinka adunola afolami akinwunmi bimpe bosede ebunola feyisara folashade "
    "ibironke ibidun iyabode jide jolaade kanyinsola mayowa moradeke morenikeji mosopefoluwa "
    "motunrayo olabanji oladapo oladunni olaitan olajumoke olanrewaju olasunkanmi olatunde "
    "olatunji olawunmi olubukola olufunmilayo olugbenga olumuyiwa olusesan oluwabukola oluwadara "
    "omolola omotayo oreofe peju ronke sanmi segilola sola tayelolu temitayo tokunbo wuraola "
    "yomi chinwendu nnenna odinaka okwudili ugochukwu uzoamaka anuli chidiebere chinyelu ejike "
    "nwamaka ogochukwu osita udochukwu abeiku amma efia ekuah esaaba fosua serwa aseye dzidzor "
    "enam esenam etse mawusi nuerki worlanyo aanya abhilasha ajit alka amrit anchal apurva arti "
    "bhavana chhaya dhiraj kapil kishan lakshman madhav neelam pawan prabhat priti rajeev "
    "sadhana sameer vipul anushka avani bhoomi janvi khushi naina sonal urvashi vaishnavi "
    "aakriti aarati anju birendra madan sandhya saraswati surendra sushmita uttam dipesh pukar "
    "rupesh sajana sanju shrijana achmad adhi aldi alif anggun asep cahyani dadang deni desi "
    "dodi fadil fahmi fauzi febri gani hamzah hendri heri hilman iqbal jajang juwita kurniasih "
    "melati nurdin rahman reni riza rusdi sandi sigit siska susi syahrul tedi tono wahyuni wina "
    "yuni "
    // Georgian (romanised), Turkish, Danish and Swedish, Italian, Zulu,
    // Ukrainian and Greek (romanised) given names the lists above lack,
    // written by hand like the rest: the locales whose people the finder
    // missed most often at a sentence's start and in lists
    "giorgi gia giga gigi gela gocha gogi goga zurab zaza zviad vakhtang vazha tornike temur "
    "shota revaz paata otar nugzar mamuka merab malkhaz lasha kakha khvicha koba kote "
    "konstantine ilia ivane beka badri bacho archil avtandil amiran akaki aleksandre "
    "datuna elguja emzar guram jaba jemal levan levani mikheil mindia nika nodar rati "
    "roin sandro saba tariel tengiz teimuraz tsotne vasil zura zurab givi gurami "
    "anzor besik bidzina dimitri eldar gocha jumber kakhaber nukri otari ramaz shalva tamaz "
    "ana anano ani eka eliso ekaterine ketevan keti ketino khatuna lali lamara lela "
    "liliko maia manana marika medea megi nanuli natia nestan nino salome "
    "sopio sophio sopho sopiko tamar tamari tamuna teona tinatin tiko tsira tsiuri darejan "
    "eter irma khatia mzia natela rusudan shorena tamta nanuka elene mariami gvantsa "
    "ayhan batur bülent cengiz cevdet coşkun erdem erdoğan ergin ergün erhan ersin "
    "ertan ertuğrul fahri faruk fikret gazanfer güven hakkı haluk hamdi hayri hikmet hilmi "
    "hulusi ilhan ismail kadir kağan kamil kazım kenan kudret levent mahmut metin muammer "
    "muhammet muharrem mücahit nazım necati necdet nedim nevzat nuri nurettin oktay onur "
    "ozan rahmi ramazan rüştü sadık salih sarp sefa şenol serdar sertaç şevket suat tahsin "
    "taner tarık tayfun tuncay turgut uğur vedat veli volkan yakup yalçın yaşar yiğit yunus "
    "zeki cüneyt ekrem fevzi halit ihsan kemalettin lütfü macit nejat refik sabahattin "
    "tevfik yılmaz ayla aysun bahar banu belgin berna beyza birgül cemile demet dilara duygu "
    "esin fadime fatoş feray filiz gamze gönül gülcan gülsüm güler gülten hacer halime "
    "hanife havva hayriye hilal ipek kadriye kezban lale leman mükerrem müzeyyen nazan nazlı "
    "nebahat neslihan nevin nilgün nuran nurcan nuray nurten perihan rabia sabiha saadet "
    "sevda sevim sevinç seher şengül şerife serpil sevil şükran tülay tülin türkan ülkü "
    "zübeyde zuhal zerrin aysel gülizar hatun mualla nermin nurhan saniye sema şaziye "
    "bente bodil dorte dorthe gitte helle jette kirsten lisbeth pia rikke susanne tine janni "
    "lise lone maja nanna sanne bent bjarne carsten claus flemming henning knud "
    "mogens niels poul preben svend søren troels aage birthe grethe hanna "
    "jytte karen kirstine lisa merete ruth solvej ulrikke bettina gunilla kerstin lotta "
    "margareta maud ulrika britta birger gunnel ingegerd olle nicklas niklas tomas "
    "bengt håkan mats pontus jöns sixten torsten valter viktor arvid assar ture gunnar "
    "alfio arturo aurelio baldassarre battista cosimo egidio elio enzo fausto ferdinando "
    "fulvio gianfranco giordano girolamo giuliano ignazio italo lamberto leonardo livio loris "
    "manfredi mariano nazario ottavio raimondo renato rosario sabatino saverio silvio tullio "
    "ubaldo albina annunziata cesira elvira ernesta filomena gelsomina immacolata iolanda "
    "lorella marcella natalina pasqualina piera rosalia santina serafina teresa carmelo "
    "calogero gerlando vito nunzio benedetto costantino eugenio gianmarco pierpaolo "
    "bongani bheki busisiwe dumisani duduzile hlengiwe khanyisile lindiwe lungile mandla "
    "mbali mthunzi nandi nkosinathi nomsa nomvula nonhlanhla phumzile sibongile sifiso sipho "
    "thabo thandeka thandi themba vusi zanele zodwa zinhle lwazi lukhona mpilo sanele "
    "nokuthula nkosana sibusiso sizakele thokozile mthokozisi bonginkosi mxolisi nkanyiso "
    "bohdan taras oleksandr oleksii oleksiy andrii andriy mykola mykhailo mykhaylo vasyl "
    "petro yurii yuriy serhii serhiy volodymyr dmytro yaroslav ostap stepan hnat yevhen "
    "yevgen gennadiy hennadiy arkadiy afanasiy panas vitalii vitaliy valerii valeriy "
    "anatolii anatoliy oksana olena iryna nataliia tetiana tetyana halyna liudmyla lyudmyla "
    "larysa svitlana yuliia yulia khrystyna solomiia solomiya zoriana maryna nadiia "
    "kateryna olha hanna mariia yaryna ulyana "
    "charalampos konstantina chrysoula vasilis stavros spyros thanasis kostas nikos giannis "
    "yannis vangelis manolis michalis sotiris stelios lefteris fotis pavlos aggelos "
    "aikaterini katerina eirini vasiliki paraskevi stavroula theodora kyriaki zoi ioanna "
    "panagiota panagiotis konstantinos ioannis despoina kalliopi chrysanthi anthi "
    "efthymios grigorios ilias iraklis kyriakos leonidas miltiadis nektarios prodromos "
    "stamatis theodoros vasileios xenofon ";

// Places the lists in gazetteer_lists.hpp lack, written the same way: towns
// and districts of Hong Kong, Ireland, Australia, Canada, Nepal, Senegal,
// French-speaking Switzerland, Belgium and the Kurdish regions, whose names
// (romanised syllables, Irish words, given names) a name finder would
// otherwise take for people.
constexpr std::string_view kWorldPlaces[] = {
    // Hong Kong
    "kowloon",
    "sha tin",
    "tsuen wan",
    "kwun tong",
    "sham shui po",
    "wong tai sin",
    "tai po",
    "sai kung",
    "yuen long",
    "tuen mun",
    "tin shui wai",
    "ma on shan",
    "tseung kwan o",
    "mong kok",
    "tsim sha tsui",
    "causeway bay",
    "wan chai",
    "kwai chung",
    "tsing yi",
    "lantau",
    "tung chung",
    "sheung wan",
    "sai wan",
    "kennedy town",
    "north point",
    "quarry bay",
    "chai wan",
    "shau kei wan",
    "repulse bay",
    "lam tin",
    "yau tong",
    "kowloon tong",
    "kowloon bay",
    "hung hom",
    "to kwa wan",
    "ho man tin",
    "yau ma tei",
    "sham tseng",
    "fanling",
    "sheung shui",
    "tai wai",
    "fo tan",
    "tai koo",
    "pok fu lam",
    "ap lei chau",
    "lamma",
    "cheung chau",
    "tai o",
    "tin hau",
    "fortress hill",
    "siu sai wan",
    "kwai fong",
    "lai chi kok",
    "cheung sha wan",
    "mei foo",
    "tsz wan shan",
    "choi hung",
    "ngau tau kok",
    "lok fu",
    "shek kip mei",
    "san po kong",
    "kai tak",
    "tai kok tsui",
    "sai ying pun",
    "wong chuk hang",
    "tai hang",
    "so kon po",
    "kwu tung",
    // Ireland
    "dublin",
    "galway",
    "limerick",
    "waterford",
    "kilkenny",
    "wexford",
    "sligo",
    "donegal",
    "meath",
    "louth",
    "wicklow",
    "kildare",
    "carlow",
    "laois",
    "offaly",
    "westmeath",
    "longford",
    "roscommon",
    "leitrim",
    "cavan",
    "monaghan",
    "tipperary",
    "athlone",
    "drogheda",
    "dundalk",
    "navan",
    "ennis",
    "tralee",
    "killarney",
    "letterkenny",
    "castlebar",
    "mullingar",
    "portlaoise",
    "tullamore",
    "naas",
    "newbridge",
    "clonmel",
    "enniscorthy",
    "arklow",
    "greystones",
    "maynooth",
    "celbridge",
    "balbriggan",
    "malahide",
    "howth",
    "dún laoghaire",
    "dun laoghaire",
    "blackrock",
    "tallaght",
    "clondalkin",
    "lucan",
    "cobh",
    "kinsale",
    "bantry",
    "skibbereen",
    "dungarvan",
    "youghal",
    "mallow",
    "nenagh",
    "thurles",
    "carrick-on-shannon",
    "ballina",
    "westport",
    "clifden",
    "tuam",
    "loughrea",
    "ardee",
    "carrickmacross",
    // Australia
    "sydney",
    "melbourne",
    "brisbane",
    "adelaide",
    "hobart",
    "canberra",
    "cairns",
    "townsville",
    "geelong",
    "wollongong",
    "ballarat",
    "bendigo",
    "toowoomba",
    "launceston",
    "mackay",
    "rockhampton",
    "bunbury",
    "bundaberg",
    "wagga wagga",
    "mildura",
    "shepparton",
    "gladstone",
    "tamworth",
    "dubbo",
    "geraldton",
    "kalgoorlie",
    "albury",
    "parramatta",
    "penrith",
    "fremantle",
    "wodonga",
    "lismore",
    "bathurst",
    "gosford",
    "ipswich",
    "maroochydore",
    "mandurah",
    "alice springs",
    "coffs harbour",
    "port macquarie",
    "hervey bay",
    "warrnambool",
    "devonport",
    "burnie",
    "gympie",
    "queanbeyan",
    "goulburn",
    "armidale",
    "broome",
    "karratha",
    "katherine",
    "whyalla",
    "mount gambier",
    "murray bridge",
    "wangaratta",
    "traralgon",
    "echuca",
    "queensland",
    "tasmania",
    "new south wales",
    "western australia",
    "south australia",
    "northern territory",
    // Canada
    "toronto",
    "montreal",
    "montréal",
    "vancouver",
    "calgary",
    "edmonton",
    "ottawa",
    "winnipeg",
    "québec",
    "quebec",
    "halifax",
    "oshawa",
    "saskatoon",
    "sherbrooke",
    "st. john's",
    "barrie",
    "kelowna",
    "abbotsford",
    "sudbury",
    "saguenay",
    "trois-rivières",
    "guelph",
    "moncton",
    "brantford",
    "thunder bay",
    "saint john",
    "peterborough",
    "lethbridge",
    "nanaimo",
    "kamloops",
    "fredericton",
    "charlottetown",
    "whitehorse",
    "yellowknife",
    "iqaluit",
    "mississauga",
    "brampton",
    "markham",
    "burnaby",
    "laval",
    "gatineau",
    "longueuil",
    "richmond hill",
    "vaughan",
    "oakville",
    "burlington",
    "kitchener",
    "red deer",
    "medicine hat",
    "prince george",
    "chilliwack",
    "sarnia",
    "belleville",
    "cornwall",
    "timmins",
    "north bay",
    "brandon",
    "moose jaw",
    "prince albert",
    "grande prairie",
    "fort mcmurray",
    "rimouski",
    "drummondville",
    "granby",
    "saint-jérôme",
    "terrebonne",
    "lévis",
    "sault ste. marie",
    "ontario",
    "british columbia",
    "alberta",
    "saskatchewan",
    "manitoba",
    "nova scotia",
    "new brunswick",
    "newfoundland",
    "labrador",
    "prince edward island",
    "yukon",
    "nunavut",
    // Nepal
    "kathmandu",
    "pokhara",
    "lalitpur",
    "bhaktapur",
    "biratnagar",
    "birgunj",
    "dharan",
    "butwal",
    "hetauda",
    "janakpur",
    "nepalgunj",
    "bharatpur",
    "itahari",
    "dhangadhi",
    "birendranagar",
    "tulsipur",
    "ghorahi",
    "damak",
    "siddharthanagar",
    "kirtipur",
    "banepa",
    "dhulikhel",
    "gorkha",
    "tansen",
    "ilam",
    "baglung",
    "bhimdatta",
    "mechinagar",
    "rajbiraj",
    "lahan",
    "kalaiya",
    "birtamod",
    "tikapur",
    "kohalpur",
    "madhyapur thimi",
    // Senegal and West Africa
    "dakar",
    "thiès",
    "thies",
    "touba",
    "saint-louis",
    "kaolack",
    "ziguinchor",
    "mbour",
    "rufisque",
    "diourbel",
    "louga",
    "tambacounda",
    "kolda",
    "fatick",
    "matam",
    "kédougou",
    "sédhiou",
    "kaffrine",
    "pikine",
    "guédiawaye",
    "tivaouane",
    "mbacké",
    "richard-toll",
    "joal-fadiouth",
    "bignona",
    "podor",
    "bamako",
    "abidjan",
    "conakry",
    "nouakchott",
    "banjul",
    "bissau",
    "ouagadougou",
    "niamey",
    "lomé",
    "cotonou",
    // French-speaking Switzerland and Belgium
    "genève",
    "geneva",
    "lausanne",
    "neuchâtel",
    "fribourg",
    "sion",
    "yverdon-les-bains",
    "montreux",
    "vevey",
    "nyon",
    "morges",
    "delémont",
    "la chaux-de-fonds",
    "bienne",
    "martigny",
    "monthey",
    "sierre",
    "bulle",
    "renens",
    "carouge",
    "meyrin",
    "vernier",
    "lancy",
    "pully",
    "bruxelles",
    "brussel",
    "antwerpen",
    "anvers",
    "gent",
    "gand",
    "brugge",
    "bruges",
    "leuven",
    "louvain",
    "mechelen",
    "malines",
    "hasselt",
    "kortrijk",
    "oostende",
    "ostende",
    "aalst",
    "genk",
    "liège",
    "namur",
    "charleroi",
    "mons",
    "tournai",
    "wavre",
    "arlon",
    "sint-niklaas",
    "roeselare",
    "turnhout",
    "verviers",
    "seraing",
    "mouscron",
    "la louvière",
    "ottignies",
    "nivelles",
    "waterloo",
    "dinant",
    "bastogne",
    // Kurdish regions
    "amed",
    "diyarbakır",
    "diyarbakir",
    "hewlêr",
    "erbil",
    "silêmanî",
    "sulaymaniyah",
    "duhok",
    "kirkuk",
    "qamişlo",
    "qamishli",
    "kobanî",
    "kobani",
    "efrîn",
    "afrin",
    "mêrdîn",
    "mardin",
    "şirnex",
    "colemêrg",
    "dersim",
    "riha",
    "mehabad",
    "kirmaşan",
    "halabja",
    "zaxo",
    "akrê",
    "rewanduz",
    "cizîr",
    "nisêbîn",
};

// Common surnames of English-speaking countries, Ireland, Scotland and
// Wales, and of German, French, Spanish, Portuguese, Italian, Dutch,
// Flemish, Nordic, Polish, Czech, Hungarian, Romanian, South Slavic,
// Greek, Albanian, Russian, Ukrainian, Azerbaijani and Central Asian
// speakers, written as names are written (a capital first). Written for
// this project from general knowledge, like kWorldGivenNames. One that is
// also an English word ("Young", "Brown") is no evidence where the
// dictionary knows it so.
constexpr std::string_view kCommonSurnames =
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez "
    "Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson "
    "White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott "
    "Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter "
    "Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart "
    "Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed "
    "Kelly Howard Ramos Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray "
    "Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Myers Ross Foster Jimenez Powell "
    "Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher "
    "Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin "
    "Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Medina Aguilar Stevens Murray "
    "Castro Marshall Owens Harrison Fernandez Mcdonald McDonald Woods Kennedy Wells Vargas "
    "Henry Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon "
    "Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black "
    "Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels "
    "Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer "
    "Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott "
    "Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry "
    "Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence "
    "Sandoval Guerrero George Chapman Rios Estrada Ortega Watkins Greene Nunez Wheeler Valdez "
    "Harper Burke Larson Santiago Maldonado Morrison Franklin Carlson Dominguez Carr Lawson "
    "Jacobs Obrien O'Brien Lynch Vega Bishop Montgomery Oliver Jensen Harvey Williamson "
    "Gilbert Dean Sims Espinoza Howell Reid Hanson Mccoy McCoy Garrett Burton Fuller Weber "
    "Welch Rojas Lucas Marquez Fields Little Banks Padilla Day Walsh Bowman Schultz Luna "
    "Fowler Mejia Davidson Acosta Brewer Juarez Newman Pearson Curtis Cortez Douglas "
    "Schneider Joseph Barrett Navarro Figueroa Keller Avila Wade Molina Stanley Hopkins "
    "Campos Barnett Bates Chambers Caldwell Beck Lambert Miranda Byrd Craig Ayala Lowe "
    "Frazier Powers Neal Leonard Gregory Carrillo Sutton Fleming Rhodes Shelton Schwartz "
    "Norris Jennings Watts Duran Walters Cohen Mcdaniel Moran Parks Steele Vaughn Becker Holt "
    "Deleon Barker Terry Hale Leon Benson Haynes Horton Miles Lyons Graves Bush Thornton "
    "Wolfe Warner Cabrera Mckinney Mann Zimmerman Dawson Lara Fletcher Page Mccarthy McCarthy "
    "Robles Cervantes Solis Erickson Reeves Klein Salinas Fuentes Baldwin Daniel Simon "
    "Velasquez Hardy Higgins Aguirre Cummings Chandler Sharp Barber Bowen Ochoa Dennis "
    "Robbins Ramsey Francis Griffith Blair Oconnor O'Connor Cardenas Pacheco Cross Calderon "
    "Quinn Moss Swanson Rivas Khan Rodgers Serrano Fitzgerald Rosales Stevenson Christensen "
    "Manning Gill Curry Mclaughlin McLaughlin Harmon Mcgee Gross Doyle Garner Newton Burgess "
    "Reese Walton Blake Trujillo Adkins Brady Goodman Roman Webster Goodwin Fischer Potter "
    "Delacruz Montoya Todd Hines Mullins Castaneda Malone Cannon Tate Sherman Hubbard Hodges "
    "Guerra Wolf Valencia Saunders Franco Rowe Gallagher Farmer Hammond Hampton Townsend "
    "Ingram Wise Gallegos Clarke Barton Schroeder Maxwell Waters Camacho Strickland Norman "
    "Colon Parsons Frank Harrington Glover Osborne Buchanan Casey Floyd Patton Ibarra Ball "
    "Tyler Suarez Bowers Orozco Salas Cobb Gibbs Andrade Bauer Conner Moody Escobar Mcguire "
    "Lloyd Mueller Hartman French Kramer Mcbride Pope Lindsey Velazquez Norton Mccormick "
    "Sparks Flynn Yates Hogan Marsh Macias Villanueva Zamora Pratt Stokes Owen Ballard Lang "
    "Brock Villarreal Charles Drake Barrera Cain Patrick Pineda Burnett Santana Shepherd "
    "Bautista Shaffer Lamb Trevino Mckenzie McKenzie Hess Olsen Cochran Morton Nash Wilkins "
    "Petersen Briggs Roth Nicholson Holloway Lozano Rangel Flowers Arias Mora Valenzuela "
    "Bryan Meyers Weiss Underwood Bass Greer Summers Carson Morrow Clayton Whitaker Decker "
    "Yoder Collier Zuniga Carey Wilcox Melendez Poole Roberson Larsen Conley Davenport "
    "Copeland Massey Huff Rocha Cameron Jefferson Hood Monroe Anthony Pittman Randall "
    "Singleton Kirk Combs Mathis Skinner Bradford Galvan Wall Boone Kirby Wilkinson Bridges "
    "Bruce Atkinson Velez Meza Roy Vincent York Hodge Villa Abbott Allison Tapia Gates Sosa "
    "Sweeney Farrell Wyatt Dalton Horn Barron Phelps Dickerson Heath Foley Atkins Mathews "
    "Bonilla Acevedo Benitez Zavala Hensley Glenn Cisneros Harrell Shields Rubio Huffman "
    "Boyer Garrison Arroyo Bond Kane Hancock Callahan Dillon Cline Wiggins Grimes Arellano "
    "Melton Oneill O'Neill Savage Beltran Pitts Parrish Ponce Booth Koch Ware Brennan "
    "Mcdowell Marks Cantu Humphrey Baxter Sawyer Tanner Hutchinson Berg Wiley Gilmore Russo "
    "Villegas Hobbs Wilkerson Beard Mcclain Montes Mata Rosario Henson Mosley Mcclure Beasley "
    "Stephenson Huerta Preston Vance Barry Johns Eaton Blackwell Dyer Macdonald MacDonald "
    "Solomon Guevara Stafford Hurst Woodard Cortes Shannon Kemp Nolan Mccullough Merritt "
    "Murillo Salgado Kline Cordova Barajas Roach Rosas Winters Jacobson Lester Knox Bullock "
    "Kerr Leach Meadows Davila Whitehead Pruitt Conway Mckee Barr Dejesus Berger Mcintyre "
    "Blankenship Gaines Palacios Cuevas Bartlett Durham Dorsey Mccall Odonnell O'Donnell "
    "Stein Browning Stout Lowery Sloan Mclean Hendricks Calhoun Sexton Gentry Hull Duarte "
    "Ellison Nielsen Gillespie Buck Middleton Sellers Leblanc Esparza Hardin Bradshaw "
    "Mcintosh Howe Livingston Frost Morse Knapp Herman Stark Bravo Noble Spears Weeks Corona "
    "Frederick Buckley Mcfarland Hebert Enriquez Hickman Quintero Randolph Schaefer Walls "
    "Trejo Reilly Pennington Conrad Giles Crosby Fitzpatrick Donovan Mays Mahoney Valentine "
    "Raymond Medrano Hahn Mcmillan Bentley Felix Peck Lucero Boyle Hanna Pace Hurley Harding "
    "Mcconnell Bernal Nava Ayers Everett Ventura Avery Pugh Mayer Bender Shepard Mcmahon "
    "Landry Sampson Moses Magana Blackburn Dunlap Gould Duffy Vaughan Herring Mckay Espinosa "
    "Rivers Farley Bernard Friedman Potts Costa Correa Blevins Nixon Clements Delarosa Benton "
    "Lugo Portillo Dougherty Crane Haley Villalobos Blanchard Horne Finley Quintana Esquivel "
    "Dodson Mullen Hayden Cano Levy Huber Richmond Moyer Frye Sheppard Mccarty Avalos Booker "
    "Waller Parra Woodward Jaramillo Krueger Rasmussen Brandt Peralta Donaldson Stuart "
    "Faulkner Maynard Galindo Coffey Estes Sanford Burch Maddox Oconnell O'Connell Spence "
    "Mcpherson Schmitt Stanton Leal Compton Dudley Pollard Alfaro Hester Proctor Hinton Novak "
    "Madden Mccann Terrell Jarvis Dickson Reyna Cantrell Hendrix Rollins Rowland Whitney Odom "
    "Daugherty Travis Archer Byrne O'Sullivan Kavanagh Whelan Sheehan Keane Maguire Mulligan "
    "Flanagan Dunne Daly Connolly Moloney Hennessy O'Rourke Cullen Kenny Mahon Kinsella "
    "Tierney Brophy Devlin Mcgrath McGrath Mcnamara McNamara Mcdermott McDermott Mckenna "
    "McKenna Davies Griffiths Rees Llewellyn Pritchard Howells MacLeod Mackenzie MacKenzie "
    "Fraser Paterson Mackay Sinclair Munro Thomson Forbes Johnstone Muller Müller Schulz "
    "Hoffmann Schäfer Richter Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann "
    "Hartmann Lange Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann "
    "König Walter Kaiser Fuchs Scholz Möller Weiß Jung Schubert Vogel Friedrich Günther "
    "Winkler Lorenz Baumann Franke Albrecht Schuster Ludwig Böhm Kraus Schumacher Krämer Vogt "
    "Jäger Otto Sommer Groß Seidel Heinrich Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn "
    "Kühn Pohl Engel Busch Bergmann Voigt Sauer Wolff Pfeiffer Petit Durand Dubois Moreau "
    "Laurent Michel Lefebvre Leroy Roux Bertrand Morel Fournier Girard Bonnet Dupont Fontaine "
    "Rousseau Lefevre Faure Mercier Blanc Guerin Garnier Chevalier Legrand Gauthier Perrin "
    "Robin Clement Morin Nicolas Roussel Mathieu Gautier Masson Marchand Duval Denis Dumont "
    "Lemaire Noel Dufour Meunier Brun Giraud Joly Riviere Brunet Gaillard Barbier Arnaud "
    "Roche Renard Leroux Colin Vidal Caron Picard Fabre Aubert Lemoine Renaud Dumas Lacroix "
    "Olivier Bourgeois Benoit Rey Leclerc Payet Rolland Leclercq Guillaume Lecomte Dupuy "
    "Guillot Hubert Carpentier Dupuis Moulin Deschamps Huet Vasseur Boucher Fleury Royer "
    "Jacquet Poirier Marty Aubry Guyot Carre Charpentier Menard Maillard Baron Bertin Bailly "
    "Herve Collet Leger Bouvier Prevost Millet Perrot Cousin Germain Breton Besson Langlois "
    "Remy Pelletier Leveque Perrier Lebrun Marchal Mallet Hamon Boulanger Monnier Michaud "
    "Guichard Gillet Etienne Poulain Tessier Chauvin Bouchet Lemaitre Marechal Humbert "
    "Reynaud Perret Barthelemy Cordier Pichon Lejeune Lamy Delaunay Pasquier Carlier Laporte "
    "Diallo Gueye Sow Fall Ndiaye Alonso Gil Blanco Garrido Prieto Calvo Gallego Carrasco "
    "Caballero Nieto Pascual Herrero Hidalgo Montero Ferrer Crespo Pastor Saez Velasco Soler "
    "Moya Esteban Gallardo Iglesias Sanz Ferreira Pereira Oliveira Rodrigues Martins Sousa "
    "Fernandes Gonçalves Goncalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho "
    "Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Neves Coelho Cunha "
    "Pires Reis Simões Antunes Matos Fonseca Machado Araújo Araujo Barbosa Tavares Lourenço "
    "Figueiredo Azevedo Freitas Batista Macedo Moraes Braga Barros Dias Nascimento Lima Melo "
    "Rossi Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Mancini "
    "Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara "
    "Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola Marchetti "
    "Parisi Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Messina Sala Gatti Pellegrini "
    "Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi "
    "Pellegrino Carbone Giuliani Benedetti Barone Rossetti Caputo Montanari Palmieri Bernardi "
    "Martino Fiore Ferretti Bellini Basile Riva Donati Piras Vitali Battaglia Sartori Neri "
    "Costantini Milani Pagano Ruggiero Sorrentino Orlando Negri Jansen Janssen Visser Smit "
    "Meijer Mulder Bos Vos Hendriks Dekker Brouwer Dijkstra Smits Kok Vermeulen Schouten "
    "Willems Hoekstra Maas Verhoeven Koster Prins Blom Huisman Peeters Maes Claes Goossens "
    "Wouters Mertens Johansen Nilsen Kristiansen Karlsen Johnsen Pettersen Eriksen Haugen "
    "Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen Henriksen Lund Sørensen "
    "Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen Martinsen Paulsen "
    "Bakken Kristoffersen Mathisen Amundsen Lunde Solheim Berge Moe Nygård Bakke Kristensen "
    "Fredriksen Holm Lien Hauge Andresen Knudsen Evensen Sæther Myhre Haugland Thomassen "
    "Sivertsen Simonsen Danielsen Berntsen Sandvik Rønning Arnesen Antonsen Næss Vik Haug "
    "Thorsen Birkeland Isaksen Ruud Aasen Strøm Tangen Ødegård Eliassen Helland Bøe Aune "
    "Mikkelsen Tveit Brekke Abrahamsen Madsen Andersson Johansson Karlsson Nilsson Eriksson "
    "Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson "
    "Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist Lindgren Axelsson "
    "Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg "
    "Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk "
    "Bergman Gunnarsson Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg "
    "Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundström "
    "Viklund Björklund Eliasson Pålsson Berggren Sandström Nordin Ström Åberg Ekström "
    "Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Falk Öberg Norberg Lindholm Åström "
    "Laine Niemi Salo Mattila Heikkilä Mäkelä Nowak Wójcik Kowalczyk Woźniak Mazur Krawczyk "
    "Kaczmarek Zając Król Wieczorek Wróbel Dudek Adamczyk Pawlak Sikora Walczak Baran "
    "Michalak Szewczyk Pietrzak Marciniak Bąk Kubiak Wilk Lis Mazurek Sobczak Cieślak "
    "Kołodziej Szymczak Szulc Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý "
    "Horák Němec Pokorný Marek Pospíšil Hájek Jelínek Král Růžička Beneš Fiala Sedláček "
    "Doležal Zeman Kolář Navrátil Čermák Vaněk Blažek Kříž Kovář Kratochvíl Bartoš Vlček "
    "Polák Musil Kopecký Šimek Konečný Malý Holub Štěpánek Staněk Kadlec Dostál Soukup "
    "Šťastný Mareš Moravec Sýkora Tichý Valenta Vávra Matoušek Bláha Říha Ševčík Bureš Hruška "
    "Mašek Pavlík Dušek Janda Hrubý Skála Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár "
    "Németh Farkas Balogh Papp Takács Juhász Lakatos Mészáros Oláh Rácz Fekete Szilágyi Török "
    "Fehér Balázs Gál Kis Szűcs Kocsis Orsós Pintér Fodor Szalai Sipos Lukács Gulyás Biró "
    "Király Balog Katona Jakab Bogdán Antal Sándor Fazekas Kelemen Boros Hegedűs Szekeres "
    "Orbán Vincze Szőke Bakos Hajdu Pásztor Illés Soós Mezei Cseh Popa Pop Radu Ionescu "
    "Dumitru Stoica Stan Gheorghe Rusu Munteanu Matei Constantin Serban Moldovan Lazar "
    "Ciobanu Florea Dinu Barbu Ene Cristea Toma Ilie Neagu Dobre Voicu Nistor Oprea Anghel "
    "Badea Ardelean Vasile Sandu Marinescu Manea Preda Popovici Mocanu Zamfir Croitoru "
    "Iordache Nedelcu Suciu Mitrea Chiriac Banu Moraru Botezatu Horvat Kovačević Babić Marić "
    "Jurić Knežević Vuković Marković Petrović Matić Tomić Pavlović Božić Blažević Grgić Pavić "
    "Radić Perić Kovačić Lovrić Popović Nikolić Jovanović Đorđević Ilić Stanković Stojanović "
    "Krstić Pešić Janković Kostić Mitrović Savić Lukić Kralj Zupan Potočnik Kovač Mlakar "
    "Krajnc Kos Vidmar Golob Turk Kolar Zajc Kavčič Janežič Rozman Hodžić Hadžić Begić Delić "
    "Mehmedović Avdić Papadopoulos Papadakis Georgiou Nikolaou Ioannou Dimitriou Konstantinou "
    "Christodoulou Karagiannis Vlachos Pappas Oikonomou Makris Antoniou Alexiou Petrou Hoxha "
    "Shehu Krasniqi Gashi Berisha Morina Kelmendi Ivanov Smirnov Kuznetsov Popov Vasiliev "
    "Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Alekseev Lebedev Semenov Egorov "
    "Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Nikitin Zakharov Zaitsev Solovyov "
    "Borisov Yakovlev Grigoriev Romanov Vorobyov Melnyk Shevchenko Boyko Kovalenko Bondarenko "
    "Tkachenko Kravchenko Oliynyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko "
    "Lysenko Rudenko Savchenko Petrenko Mammadov Aliyev Hasanov Huseynov Guliyev Ismayilov "
    "Karimov Rahimov Yusupov Tashkentov Nazarov Akhmedov Rashidov Abdullayev Sultanov "
    "Nurmagomedov "
    // Indian, Nepali and Zulu surnames the lists lack, written the same
    // way (not "Das", "Sen", "Rai", "Lama", "Sherpa", "Zulu", "Nkosi":
    // words or peoples as well)
    "Trivedi Dwivedi Chaturvedi Saxena Srivastava Bhardwaj Bharadwaj Tripathi Shukla Dubey "
    "Pathak Upadhyay Sinha Prasad Panicker Prajapati Gowda Hegde Shetty Kamath Rathore "
    "Chadha Dhawan Mehrotra Kohli Ahuja Goel Goyal Mittal Bansal Jindal Dutta Mukhopadhyay "
    "Bhattacharya Chakraborty Sengupta Dasgupta Ganguly Nayak Naik Pillay Varma Kaur Gill "
    "Sandhu Dhillon Grewal Sidhu Devkota Chettri Chhetri Pradhan Dongol Bista Rana Thakuri "
    "Subedi Timilsina Sharma Khatri Zondo Khumalo Ndlovu Mthembu Ngcobo Buthelezi Mkhize "
    "Cele Gumede Vilakazi Nzimande Hlongwa Ntanzi Mahlangu Sithole Shabalala Gwala Biyela "
    "Ntuli Zungu Mabaso Mhlongo Msimang Majola Mbatha Ngubane Ndaba Khoza Masondo Zwane";

}  // namespace switchyard::privacy::lists
