// The ordinary words written around names in a letter, a form, a notice or
// a chat (words::letter_words_only), in the languages of Azerbaijan,
// Armenia, Georgia, Moldova and Romania, French, Dutch, Polish, Russian,
// Greek, Croatian, German, Spanish, Czech, Slovak and Finnish. A PERSON
// finding made of nothing else names no one: "Hyvä Asiakas" (dear
// customer), "Vážení Zákazníci", "Hörmətli Valideynlər", "Привет, Студенты",
// "Équipe Contrat", "Kela Tiimi", "Фамилия:", "Finanční Úřad", "Ugovor".
// Words that are also given names or surnames of the languages (faker's
// lists: "Petak", "Pátek", "Παρασκευή", "Kunde", "Liebe", "Tim", "Avis") are
// left out, and a word the gazetteer knows as a given name is a person's
// still ("Domingo").
#include "switchyard/privacy/letter_words.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "switchyard/privacy/name_words.hpp"

namespace switchyard::privacy::words {

namespace {

// Greetings, openers and sign-offs, and the titles of address alone.
constexpr std::string_view kGreetings[] = {
    // Azerbaijani
    "hörmətli", "hörmətlə", "salam", "əziz", "təşəkkürlər", "təşəkkür", "sabahınız", "axşamınız",
    "xeyir", "cənab", "cənablar", "xanım", "xanımlar",
    // Armenian
    "հարգելի", "հարգանքով", "բարև", "բարեւ", "սիրելի", "շնորհակալություն", "պարոն", "տիկին",
    "պարոնայք", "տիկնայք",
    // Georgian
    "ძვირფასო", "ძვირფასი", "გამარჯობა", "გამარჯობათ", "პატივცემულო", "პატივცემული", "მადლობა",
    "პატივისცემით", "ბატონო", "ქალბატონო", "ბატონებო", "ქალბატონებო",
    // Romanian
    "stimate", "stimată", "stimați", "stimata", "dragă", "dragi", "bună", "salut", "mulțumesc",
    "mulțumim", "domnule", "doamnă", "doamnelor", "domnilor", "domnișoară",
    // French
    "cher", "chère", "chers", "chères", "bonjour", "bonsoir", "salut", "merci", "cordialement",
    "madame", "monsieur", "mesdames", "messieurs", "mademoiselle",
    // Dutch
    "beste", "geachte", "hoi", "hallo", "goedemorgen", "goedemiddag", "goedenavond", "bedankt",
    "groeten", "groet", "heer", "mevrouw", "heren", "dames",
    // Polish
    "szanowny", "szanowna", "szanowni", "szanowne", "drogi", "droga", "drodzy", "cześć", "dzień",
    "dobry", "dziękuję", "dziękujemy", "pozdrawiam", "witam", "panie", "państwo", "panowie",
    // Russian
    "уважаемый", "уважаемая", "уважаемые", "дорогой", "дорогая", "дорогие", "здравствуйте",
    "здравствуй", "привет", "спасибо", "господин", "госпожа", "господа",
    // Greek
    "αγαπητέ", "αγαπητή", "αγαπητοί", "αγαπητές", "αξιότιμε", "αξιότιμη", "αξιότιμοι", "καλημέρα",
    "καλησπέρα", "γεια", "ευχαριστώ", "ευχαριστούμε", "κύριε", "κύριοι", "κυρίες",
    // Croatian
    "poštovani", "poštovana", "poštovane", "dragi", "bok", "pozdrav", "hvala", "gospodine",
    "gospođo", "gospodo", "gospođice",
    // German
    "grüezi", "lieber", "sehr", "geehrter", "geehrte", "hallo", "danke", "herzliche", "freundliche",
    "grüsse", "grüße", "damen", "herren", "moin", "servus",
    // Spanish
    "estimado", "estimada", "estimados", "estimadas", "querido", "querida", "queridos", "hola",
    "gracias", "atentamente", "saludos", "señor", "señora", "señores", "señoras", "señorita",
    // Czech and Slovak
    "vážený", "vážená", "vážení", "vážené", "milý", "milá", "milí", "ahoj", "dobrý", "den", "deň",
    "děkuji", "děkujeme", "ďakujem", "ďakujeme", "pane", "pánové", "páni", "dámy",
    // Finnish
    "hyvä", "hyvät", "hei", "moi", "terve", "kiitos", "ystävällisin", "terveisin", "herra",
    "rouva"};

// The people a letter or a notice addresses by their role, in the forms
// of address (vocative, plural): customers, colleagues, parents, students,
// users, directors, teams, subscribers, friends, partners, members.
constexpr std::string_view kRoles[] = {
    // Azerbaijani
    "müştəri", "müştərilər", "həmkar", "həmkarlar", "valideyn", "valideynlər", "tələbə",
    "tələbələr", "istifadəçi", "istifadəçilər", "direktor", "komanda", "komandası", "abunəçi",
    "abunəçilər", "dostlar", "tərəfdaş", "tərəfdaşlar", "iştirakçılar", "sakinlər", "vətəndaşlar",
    "şagirdlər", "üzvlər", "qonaqlar", "əməkdaşlar", "işçilər",
    // Armenian
    "հաճախորդ", "հաճախորդներ", "գործընկեր", "գործընկերներ", "գործընկերների", "ծնող", "ծնողներ",
    "ծնողների", "ուսանող", "ուսանողներ", "օգտատեր", "օգտատերեր", "տնօրեն", "թիմ", "թիմը",
    "բաժանորդ", "բաժանորդներ", "ընկերներ", "մասնակիցներ", "բնակիչներ", "քաղաքացիներ", "աշակերտներ",
    "անդամներ", "հյուրեր", "աշխատակիցներ",
    // Georgian
    "მომხმარებელო", "მომხმარებელი", "მომხმარებლებო", "კოლეგებო", "კოლეგები", "მშობლებო", "მშობლები",
    "სტუდენტებო", "სტუდენტები", "მეგობრებო", "მეგობრები", "მეგობარო", "დირექტორო", "გუნდი",
    "გუნდის", "აბონენტო", "აბონენტი", "მონაწილეებო", "მოქალაქეებო", "წევრებო", "სტუმრებო",
    "თანამშრომლებო",
    // Romanian
    "client", "clienți", "clientul", "colegi", "coleg", "colegii", "părinți", "părinții",
    "studenți", "utilizator", "utilizatorul", "utilizatori", "director", "directorul", "echipă",
    "echipa", "echipei", "abonat", "abonați", "prieteni", "partener", "parteneri", "membri",
    "cetățeni", "participanți", "elevi", "angajați", "vecini",
    // French
    "cliente", "clients", "clientes", "collègue", "collègues", "parents", "étudiant", "étudiante",
    "étudiants", "utilisateur", "utilisatrice", "utilisateurs", "directeur", "directrice", "équipe",
    "abonné", "abonnée", "abonnés", "amis", "partenaire", "partenaires", "membre", "membres",
    "citoyens", "participants", "élèves", "voisins", "locataire", "locataires", "adhérent",
    "adhérents", "patients", "candidats", "fournisseur",
    // Dutch
    "klant", "klanten", "collega", "collega's", "ouders", "student", "studenten", "gebruiker",
    "gebruikers", "directeur", "team", "abonnee", "abonnees", "vrienden", "lid", "leden", "relatie",
    "relaties", "deelnemer", "deelnemers", "bewoners", "buren", "leerlingen", "medewerker",
    "medewerkers", "leverancier",
    // Polish
    "klient", "kliencie", "klienci", "koledzy", "koleżanki", "kolego", "koleżanko", "rodzice",
    "studenci", "studencie", "użytkowniku", "użytkownik", "użytkownicy", "dyrektorze", "dyrektor",
    "zespół", "abonencie", "abonent", "przyjaciele", "partnerze", "członkowie", "mieszkańcy",
    "uczestnicy", "uczestniku", "uczniowie", "pracownicy", "sąsiedzi",
    // Russian
    "клиент", "клиенты", "коллеги", "коллега", "родители", "студенты", "студент", "пользователь",
    "пользователи", "директор", "команда", "абонент", "абоненты", "друзья", "партнёры", "партнеры",
    "партнёр", "партнер", "участники", "жители", "граждане", "ученики", "сотрудники", "соседи",
    "покупатель", "покупатели", "гости", "заказчик",
    // Greek
    "πελάτη", "πελάτες", "πελάτης", "συνάδελφοι", "συνάδελφε", "γονείς", "φοιτητές", "φοιτητή",
    "χρήστη", "χρήστες", "χρήστης", "διευθυντή", "διευθυντής", "ομάδα", "συνδρομητή", "συνδρομητές",
    "φίλοι", "φίλε", "συνεργάτες", "μέλη", "κάτοικοι", "πολίτες", "μαθητές", "εργαζόμενοι",
    // Croatian
    "kupče", "kupac", "kupci", "kolege", "kolegice", "roditelji", "studenti", "korisniče",
    "korisnik", "korisnici", "direktore", "pretplatniče", "pretplatnik", "prijatelji", "prijatelju",
    "partneri", "članovi", "stanari", "građani", "sudionici", "učenici", "djelatnici",
    "zaposlenici",
    // German
    "kunden", "kundin", "kollegen", "kollegin", "kolleginnen", "eltern", "studierende", "studenten",
    "nutzer", "nutzerin", "benutzer", "direktorin", "abonnent", "abonnenten", "freunde",
    "mitglieder", "mitglied", "teilnehmer", "teilnehmende", "bewohner", "mitarbeiter",
    "mitarbeitende", "nachbarn", "mieter", "gäste",
    // Spanish
    "colegas", "padres", "estudiantes", "estudiante", "usuario", "usuaria", "usuarios", "directora",
    "equipo", "suscriptor", "suscriptores", "amigos", "amigas", "socio", "socia", "socios",
    "proveedor", "proveedores", "damas", "caballeros", "participantes", "vecinos", "ciudadanos",
    "alumnos", "empleados", "colaboradores", "pacientes", "contribuyente", "miembros",
    // Czech
    "zákazníku", "zákazník", "zákazníci", "kolegové", "kolego", "kolegyně", "rodiče", "uživateli",
    "uživatel", "uživatelé", "řediteli", "ředitel", "tým", "týme", "předplatiteli", "předplatitel",
    "přátelé", "příteli", "partnere", "partneři", "členové", "občané", "účastníci", "žáci",
    "zaměstnanci", "sousedé",
    // Slovak
    "kolegovia", "kolegyne", "rodičia", "študenti", "študent", "používateľ", "používatelia",
    "riaditeľ", "riaditeľka", "tím", "predplatiteľ", "predplatitelia", "priatelia", "priateľ",
    "členovia", "občania", "žiaci", "zamestnanci", "susedia",
    // Finnish
    "asiakas", "asiakkaat", "asiakkaamme", "kollegat", "vanhemmat", "huoltajat", "opiskelijat",
    "opiskelija", "käyttäjä", "käyttäjät", "johtaja", "tiimi", "tilaaja", "tilaajat", "ystävät",
    "ystävä", "jäsen", "jäsenet", "kumppani", "kumppanit", "asukkaat", "osallistujat", "oppilaat",
    "työntekijät"};

// Institutions, offices, services and documents: a bank, a ministry, a
// hospital, a school, a court, a university, the tax office, a town hall,
// a department, a passport, a contract, an invoice, an order, a form.
constexpr std::string_view kInstitutions[] = {
    // Azerbaijani
    "bank", "bankı", "nazirlik", "nazirliyi", "xəstəxana", "xəstəxanası", "məktəb", "məktəbi",
    "məhkəmə", "məhkəməsi", "universitet", "universiteti", "vergi", "idarəsi", "idarə", "pasport",
    "müqavilə", "faktura", "sifariş", "bələdiyyə", "bələdiyyəsi", "şöbə", "şöbəsi", "şöbəsinə",
    "xidmət", "xidməti", "poliklinika", "ərizə", "sənəd", "arayış", "qəbz",
    // Armenian
    "բանկ", "բանկը", "նախարարություն", "նախարարությունը", "նախարարության", "նախարարությունի",
    "հիվանդանոց", "հիվանդանոցը", "դպրոց", "դպրոցը", "դատարան", "դատարանը", "դատարանի", "համալսարան",
    "համալսարանը", "հարկային", "տեսչություն", "անձնագիր", "պայմանագիր", "պայմանագիրը", "հաշիվ",
    "հաշիվը", "հաշիվի", "պատվեր", "պատվերը", "քաղաքապետարան", "քաղաքապետարանը", "բաժին", "բաժինը",
    "ծառայություն", "ծառայությունը", "գրասենյակ", "դիմում", "փաստաթուղթ", "տեղեկանք", "ձև", "ձևը",
    "թիմի",
    // Georgian
    "ბანკი", "ბანკის", "სამინისტრო", "სამინისტროს", "საავადმყოფო", "საავადმყოფოს", "სკოლა",
    "სკოლის", "სასამართლო", "სასამართლოს", "უნივერსიტეტი", "უნივერსიტეტის", "საგადასახადო",
    "სამსახური", "სამსახურის", "პასპორტი", "ხელშეკრულება", "ინვოისი", "შეკვეთა", "მერია", "მერიის",
    "განყოფილება", "ოფისი", "განცხადება", "ანგარიში", "ქვითარი",
    // Romanian
    "banca", "bancă", "ministerul", "spitalul", "spital", "școala", "școală", "judecătoria",
    "tribunalul", "universitatea", "fiscul", "pașaportul", "pașaport", "contractul", "contract",
    "factura", "factură", "comanda", "comandă", "primăria", "primărie", "serviciul",
    "departamentul", "direcția", "biroul", "agenția", "cererea", "dosarul", "poliția", "clinica",
    // French
    "banque", "ministère", "hôpital", "école", "tribunal", "université", "impôts", "passeport",
    "contrat", "facture", "commande", "mairie", "service", "département", "direction", "agence",
    "préfecture", "clinique", "caisse", "assurance", "dossier", "demande", "reçu", "devis",
    "livraison", "colis", "compte",
    // Dutch
    "ministerie", "ziekenhuis", "school", "rechtbank", "universiteit", "belastingdienst",
    "paspoort", "factuur", "bestelling", "gemeente", "afdeling", "dienst", "kantoor", "verzekering",
    "aanvraag", "levering", "pakket", "rekening", "offerte", "klantenservice",
    // Polish
    "banku", "ministerstwo", "szpital", "szkoła", "sąd", "uniwersytet", "urząd", "skarbowy",
    "miasta", "paszport", "umowa", "zamówienie", "dział", "działem", "biuro", "wydział",
    "przychodnia", "wniosek", "dostawa", "paczka", "rachunek", "oferta", "konto",
    // Russian
    "банк", "министерство", "больница", "школа", "суд", "университет", "налоговая", "инспекция",
    "паспорт", "договор", "счёт", "счет", "заказ", "мэрия", "администрация", "отдел", "служба",
    "офис", "поликлиника", "заявление", "доставка", "посылка", "квитанция", "справка",
    // Greek
    "τράπεζα", "υπουργείο", "νοσοκομείο", "σχολείο", "δικαστήριο", "πανεπιστήμιο", "εφορία",
    "διαβατήριο", "σύμβαση", "τιμολόγιο", "παραγγελία", "δήμος", "τμήμα", "υπηρεσία", "γραφείο",
    "αίτηση", "απόδειξη", "λογαριασμός", "δέμα", "παράδοση", "κλινική",
    // Croatian
    "banka", "ministarstvo", "bolnica", "škola", "sud", "sveučilište", "porezna", "uprava",
    "putovnica", "ugovor", "račun", "narudžba", "gradska", "odjel", "odjelu", "služba", "ured",
    "zahtjev", "dostava", "ponuda", "ambulanta", "osiguranje",
    // German
    "bundesamt", "amt", "spital", "krankenhaus", "schule", "gericht", "universität", "steueramt",
    "finanzamt", "reisepass", "vertrag", "rechnung", "bestellung", "gemeinde", "krankenkasse",
    "versicherung", "abteilung", "büro", "kundendienst", "antrag", "lieferung", "paket", "angebot",
    "behörde", "verwaltung", "kantonsspital",
    // Spanish
    "banco", "secretaría", "hospital", "escuela", "juzgado", "universidad", "hacienda", "pasaporte",
    "contrato", "pedido", "ayuntamiento", "departamento", "oficina", "servicio", "solicitud",
    "entrega", "paquete", "cuenta", "presupuesto", "clínica",
    // Czech
    "ministerstvo", "nemocnice", "univerzita", "finanční", "úřad", "smlouva", "objednávka",
    "magistrát", "oddělení", "odbor", "kancelář", "žádost", "doručení", "balík", "účet", "nabídka",
    "pojišťovna", "pošta",
    // Slovak
    "nemocnica", "súd", "daňový", "úrad", "zmluva", "faktúra", "mestský", "oddelenie", "kancelária",
    "žiadosť", "doručenie", "ponuka", "poisťovňa",
    // Finnish
    "pankki", "ministeriö", "sairaala", "koulu", "käräjäoikeus", "yliopisto", "verotoimisto",
    "passi", "sopimus", "sopimuksen", "lasku", "laskun", "tilaus", "tilauksen", "osasto", "palvelu",
    "asiakaspalvelu", "toimisto", "hakemus", "toimitus", "paketti", "tarjous", "vakuutus",
    "terveyskeskus", "kela",
    // The management, the secretariat, the administration, the services
    // of an office that sign its letters and notices
    "rəhbərlik", "katiblik", "heyəti", "administrasiya", "direksiya", "mətbuat", "ղեկավարություն",
    "վարչություն", "քարտուղարություն", "տնօրինություն", "սպասարկում", "სერვისი", "ადმინისტრაცია",
    "ხელმძღვანელობა", "დირექცია", "კანცელარია", "მომხმარებელთა", "direcțiunea", "conducerea",
    "secretariatul", "administrația", "secrétariat", "administration", "conseil", "clientèle"};

// The labels of a form's fields of a name and their neighbours.
constexpr std::string_view kLabels[] = {
    "ad", "soyad", "tarix", "mövzu", "ünvan", "անուն", "ազգանուն", "հայրանուն", "ամսաթիվ", "թեմա",
    "სახელი", "გვარი", "თარიღი", "თემა", "nume", "prenume", "subiect", "nom", "prénom", "objet",
    "naam", "voornaam", "achternaam", "onderwerp", "imię", "nazwisko", "temat", "имя", "фамилия",
    "отчество", "тема", "дата", "όνομα", "επώνυμο", "πατρώνυμο", "ημερομηνία", "θέμα", "ime",
    "prezime", "predmet", "vorname", "nachname", "betreff", "nombre", "apellido", "apellidos",
    "asunto", "jméno", "příjmení", "předmět", "meno", "priezvisko", "nimi", "etunimi", "sukunimi",
    "aihe", "päivämäärä",
    // an applicant's form: applicant, address, phone, e-mail
    "ərizəçi", "telefon", "e-poçt", "դիմող", "հասցե", "հեռախոս", "განმცხადებელი", "მისამართი",
    "ტელეფონი", "ელფოსტა", "solicitant", "adresa", "demandeur", "adresse", "téléphone", "courriel"};

// Weekdays and months of the languages vocabulary_non_names.cpp does not
// list (not those that are names: "Petak", "Pátek", "Παρασκευή", "Κυριακή",
// "Marta", "Maj").
constexpr std::string_view kCalendar[] = {
    // Azerbaijani
    "çərşənbə", "cümə", "şənbə", "yanvar", "fevral", "aprel", "iyun", "iyul", "avqust", "sentyabr",
    "oktyabr", "noyabr", "dekabr",
    // Armenian
    "երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ", "շաբաթ", "կիրակի", "հունվար",
    "փետրվար", "ապրիլ", "հունիս", "հուլիս", "սեպտեմբեր", "հոկտեմբեր", "նոյեմբեր", "դեկտեմբեր",
    // Georgian
    "ორშაბათს", "სამშაბათს", "ოთხშაბათს", "ხუთშაბათს", "პარასკევს", "შაბათს", "კვირას", "ორშაბათი",
    "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი", "იანვარი", "იანვარში",
    "თებერვალი", "თებერვალში", "მარტში", "აპრილში", "მაისში", "ივნისში", "ივლისში", "სექტემბერში",
    "ოქტომბერში", "ნოემბერში", "დეკემბერში",
    // Russian
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "январь",
    "февраль", "апрель", "июнь", "июль", "сентябрь", "октябрь", "ноябрь", "декабрь", "января",
    "февраля", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
    "декабря",
    // Greek
    "δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "σάββατο", "ιανουάριος", "φεβρουάριος", "μάρτιος",
    "απρίλιος", "μάιος", "ιούνιος", "ιούλιος", "αύγουστος", "σεπτέμβριος", "οκτώβριος", "νοέμβριος",
    "δεκέμβριος",
    // Croatian
    "ponedjeljak", "utorak", "srijeda", "četvrtak", "subota", "nedjelja", "siječanj", "veljača",
    "ožujak", "travanj", "svibanj", "lipanj", "srpanj", "kolovoz", "rujan", "studeni", "prosinac",
    // Czech and Slovak
    "pondělí", "úterý", "středa", "čtvrtek", "neděle", "pondelok", "utorok", "streda", "štvrtok",
    "piatok", "nedeľa", "leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen",
    "září", "říjen", "prosinec", "január", "február", "marec", "apríl", "máj", "jún", "júl",
    // Finnish
    "maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina", "lauantaina",
    "sunnuntaina", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai",
    "sunnuntai", "tammikuussa", "helmikuussa", "maaliskuussa", "huhtikuussa", "toukokuussa",
    "kesäkuussa", "heinäkuussa", "elokuussa", "syyskuussa", "lokakuussa", "marraskuussa",
    "joulukuussa", "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
    "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"};

// Function words that open a sentence or a heading before the words above
// ("În Noiembrie", "Ihre Bestellung", "Ваш Заказ"), and a notice's words.
constexpr std::string_view kFunctionWords[] = {
    "în",       "ihr",      "ihre",       "unser",      "unsere",  "votre",
    "notre",    "uw",       "onze",       "vaš",        "vaša",    "váš",
    "vaše",     "ваш",      "ваша",       "наш",        "наша",    "nuestro",
    "nuestra",  "aviso",    "important",  "importante", "wichtig", "ważne",
    "важно",    "внимание", "προσοχή",    "σημαντικό",  "važno",   "důležité",
    "dôležité", "tärkeää",  "belangrijk", "atenție",    "diqqət",  "ուշադրություն",
    "ყურადღება"};

// The words that open a sentence of a message or a chat before a verb of
// saying: kin nouns and the people of a household or an office, with
// their possessives where the language writes them on the noun
// ("Qardaşım dedi", "Mein Mann", "Veljeni sanoi"), time words, heading
// words of a notice ("Uudet Säännöt"), and Georgian's commonest words
// (no capitals: a clause after a comma is in a name's place, "მადლობა,
// ყველაფერი კარგადაა").
constexpr std::string_view kSentenceWords[] = {
    // Azerbaijani (not "Ana", "Ata", "Sabah", "Gül", nor, below, "Oma", "Mann",
    // "Mari", "Babka", "Maman": given names or surnames of faker's lists, nor
    // "Sisko", a surname in English)
    "qardaş", "qardaşım", "bacım", "nənə", "nənəm", "babam", "atam", "anam", "oğlum", "qızım",
    "yoldaşım", "həkim", "müəllim", "qonşu", "qonşum", "müdir", "dünən", "bugün", "indi", "sonra",
    "dedi", "yazdı", "bildirdi", "söylədi", "bildiririk", "formu", "forma", "yeni", "qaydalar",
    // Armenian
    "եղբայրս", "մայրս", "հայրս", "տնօրենը", "բժիշկը", "ուսուցիչը", "հարևանը", "քույրս", "տատիկը",
    "պապիկը", "երեկ", "այսօր", "վաղը", "ամուսինս", "կինս", "ընկերը", "համալսարանի", "ուսանողների",
    "հաճախորդների", "նոր", "կանոններ",
    // Georgian
    "რომ", "ყველაფერი", "კარგადაა", "კარგად", "როგორ", "ხარ", "ხართ", "არის", "იყო", "და", "თუ",
    "მაგრამ", "რა", "ეს", "ის", "ჩემი", "შენი", "თქვენი", "ჩვენი", "მისი", "ხვალ", "დღეს", "გუშინ",
    "ახლა", "აქ", "იქ", "კი", "არა", "დიახ", "ძალიან", "უკვე", "ჯერ", "მხოლოდ", "თქმა", "უნდა",
    "ასევე", "სად", "რატომ", "როცა", "მერე", "იქნებ", "შეიძლება", "საჭიროა", "ყველა", "რიგზეა",
    "მზადაა", "თქვა", "დედამ", "მამამ", "ძმამ", "ექიმმა", "მეზობელმა", "ბებიამ", "ბაბუამ", "მან",
    "ქმარმა", "ცოლმა", "ახალი", "წესები",
    // Romanian
    "fratele", "sora", "bunica", "bunicul", "soțul", "soția", "colegul", "medicul", "vecinul",
    "profesorul", "meu", "mea", "ieri", "azi", "mâine", "domn", "noi", "reguli",
    // French
    "frère", "sœur", "papi", "femme", "voisin", "médecin", "hier", "demain", "mon", "nouvelles",
    "règles",
    // Dutch
    "broer", "zus", "opa", "buurman", "buurvrouw", "dokter", "leraar", "gisteren", "vandaag",
    "mijn", "nieuwe", "regels",
    // Polish
    "brat", "siostra", "babcia", "dziadek", "mąż", "żona", "sąsiad", "lekarz", "nauczyciel",
    "wczoraj", "dzisiaj", "jutro", "mój", "moja", "moje", "nowe", "zasady",
    // Russian
    "брат", "сестра", "мама", "папа", "бабушка", "дедушка", "муж", "жена", "сосед", "врач",
    "учитель", "вчера", "сегодня", "завтра", "мой", "моя", "моё", "мои", "новые", "правила",
    // Greek
    "μητέρα", "πατέρας", "αδερφός", "αδερφή", "γιαγιά", "παππούς", "γείτονας", "γιατρός",
    "δάσκαλος", "χθες", "σήμερα", "αύριο", "νέοι", "κανόνες",
    // Croatian
    "baka", "djed", "muž", "žena", "susjed", "liječnik", "učitelj", "jučer", "danas", "sutra",
    "moj", "pravila",
    // German
    "schwester", "opa", "nachbar", "arzt", "lehrer", "chefin", "gestern", "heute", "mein", "meine",
    "neue", "regeln",
    // Spanish
    "hermano", "hermana", "abuela", "abuelo", "esposo", "esposa", "vecino", "médico", "maestro",
    "ayer", "hoy", "nuevas", "reglas",
    // Czech and Slovak
    "bratr", "sestra", "babička", "děda", "manžel", "manželka", "soused", "lékař", "učitel",
    "včera", "dnes", "zítra", "můj", "môj", "dedko", "sused", "lekár", "učiteľ", "zajtra", "soud",
    "nové", "pravidla", "pravidlá",
    // Finnish
    "veljeni", "siskoni", "äiti", "isä", "mummo", "ukki", "naapuri", "lääkäri", "opettaja",
    "mieheni", "vaimoni", "kollegani", "eilen", "tänään", "huomenna", "hänen", "kaupunki", "uudet",
    "säännöt"};

// Possessives that no one's name is in these languages, though a given
// name of another ("Моя", "Mein"): a capitalised one is no name even where
// the gazetteer knows it.
constexpr std::string_view kPossessives[] = {
    "моя",   "моё",   "мой",   "мои",   "твоя", "твой", "наша",   "наш",   "ваша", "ваш",
    "mein",  "meine", "mijn",  "mój",   "moja", "moje", "můj",    "môj",   "moj",  "mənim",
    "sənin", "bizim", "hänen", "minun", "ჩემი", "შენი", "თქვენი", "ჩვენი", "მისი"};

// The nouns of a place's kind written before its name — a district, a
// municipality, a town, a village, a republic ("okres Rakovník", "obec
// Chodov", "город Набережные Челны", "Республика Коми", "općina Slunj") — and
// after it, the name an adjective or a genitive ("Jihočeský kraj",
// "Splitsko-dalmatinska županija", "Тамбовская область").
constexpr std::string_view kPlaceNounsBefore[] = {
    "okres",   "obec",    "město",       "mesto",  "městys",    "kraj",     "powiat",  "gmina",
    "miasto",  "wieś",    "województwo", "город",  "район",     "село",     "деревня", "посёлок",
    "поселок", "станица", "республика",  "općina", "republika", "županija", "opština"};
constexpr std::string_view kPlaceNounsAfter[] = {
    "kraj", "republika", "štát",  "okres",      "županija",    "область",
    "край", "округ",     "район", "республика", "voivodeship", "województwo"};
// The keys of a form whose value is a place, a town first: "Adresa:
// Krásné Údolí, …", "Bydliště:", "Место жительства:".
constexpr std::string_view kPlaceKeys[] = {
    "adresa", "adres",  "адрес",  "bydliště", "bydlisko", "prebivalište", "жительства",
    "region", "región", "regija", "регион",   "lokalitě", "lokality"};

enum : std::uint8_t {
  kLetterWord = 1 << 0,   // a letter's ordinary word: letter_words_only
  kPossessive = 1 << 1,   // a possessive no one is named: no given name
  kPlaceBefore = 1 << 2,  // a place's noun before its name: "okres"
  kPlaceAfter = 1 << 3,   // a place's noun after its name: "kraj"
  kPlaceKey = 1 << 4,     // a form's key of a place: "Adresa"
};

constexpr std::uint32_t fnv1a(std::string_view w) {
  std::uint32_t h = 2166136261u;
  for (const char c : w) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619u;
  }
  return h;
}

// A word's shape, the same for a word and for it capitalised: its first
// byte (of a letter of two bytes, the lead byte shared by its capital and
// small letter; "İ" as "i", "Ə" as "ə"), its last three bytes with the bit
// of ASCII case set (never the first letter's), and its length in bytes,
// in 16384 bits. Most names have a shape no listed word has (one in eleven
// of faker's names of these languages passes): they are never folded or
// hashed.
constexpr std::size_t shape_bit(std::string_view w) {
  const auto b0 = static_cast<unsigned char>(w[0]);
  const unsigned b1 = w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0u;
  std::size_t n = w.size();
  unsigned first = b0 & 0xFEu;
  if (b0 < 0x80) {
    first = b0 | 0x20u;
  } else if (b0 == 0xC4 && b1 == 0xB0) {
    first = 'i';
    --n;
  } else if (b0 == 0xC6 && b1 == 0x8F) {
    first = 0xC8;
  } else if (b0 >= 0xD4 && b0 <= 0xD6) {
    first = 0xD4;  // Armenian: capitals in D4-D5, small letters in D5-D6
  }
  std::uint32_t x = first;
  for (std::size_t k = 3; k >= 1; --k)
    x = x * 131u + (n > k + 1 ? static_cast<unsigned char>(w[w.size() - k]) | 0x20u : 0u);
  x = x * 31u + static_cast<std::uint32_t>(n < 63 ? n : 63);
  return (x * 0x9E3779B1u) >> 18;
}

// Every listed word, in one open-addressing table (about a third full),
// marked if it is a possessive, and the shapes of the listed words.
struct Table {
  static constexpr std::size_t kSlots = 4096;
  struct Slot {
    std::string_view key;
    std::uint8_t kinds = 0;
  };
  std::array<Slot, kSlots> slots{};
  std::array<std::uint64_t, 256> shapes{};
  // The first bytes of the nouns and keys of places (a letter of two bytes
  // by the lead byte its capital shares), and the last two bytes of those
  // written before a place (a key's with its colon): a word around a
  // finding is read only if it opens, or ends, with one.
  std::array<std::uint64_t, 4> place_firsts{};
  std::array<std::uint64_t, 64> place_lasts{};

  static constexpr unsigned first_byte(std::string_view w) {
    const auto b = static_cast<unsigned char>(w[0]);
    return b < 0x80 ? (b | 0x20u) : (b & 0xFEu);
  }
  constexpr bool may_be_place(std::string_view w) const {
    const unsigned f = first_byte(w);
    return place_firsts[f / 64] >> (f % 64) & 1;
  }
  static constexpr unsigned last_pair(char before, char last) {
    const auto b = static_cast<unsigned char>(before);
    const auto l = static_cast<unsigned char>(last);
    return ((b < 0x80 ? b | 0x20u : b) * 31u + (l < 0x80 ? l | 0x20u : l)) & 4095u;
  }
  // The word before `at` (its last two bytes at at-2, at-1) may be a noun
  // or a key before a place.
  constexpr bool may_end_place(char before, char last) const {
    const unsigned p = last_pair(before, last);
    return place_lasts[p / 64] >> (p % 64) & 1;
  }

  constexpr void add_shape(std::size_t bit) { shapes[bit / 64] |= std::uint64_t{1} << (bit % 64); }
  constexpr void add(std::string_view w, std::uint8_t kind) {
    std::size_t at = fnv1a(w) & (kSlots - 1);
    while (!slots[at].key.empty() && slots[at].key != w) at = (at + 1) & (kSlots - 1);
    slots[at].key = w;
    slots[at].kinds |= kind;
    add_shape(shape_bit(w));
    if (kind & (kPlaceBefore | kPlaceAfter | kPlaceKey)) {
      const unsigned f = first_byte(w);
      place_firsts[f / 64] |= std::uint64_t{1} << (f % 64);
    }
    if (kind & (kPlaceBefore | kPlaceKey)) {
      const unsigned p = last_pair(w[w.size() - 2], w.back());
      place_lasts[p / 64] |= std::uint64_t{1} << (p % 64);
      if (kind & kPlaceKey) {  // written with its colon
        const unsigned k = last_pair(w.back(), ':');
        place_lasts[k / 64] |= std::uint64_t{1} << (k % 64);
      }
    }
  }
  constexpr bool may_be_listed(std::string_view w) const {
    const std::size_t bit = shape_bit(w);
    return shapes[bit / 64] >> (bit % 64) & 1;
  }
  // The slot of a word in small letters; null if it is not listed.
  constexpr const Slot* find(std::string_view w) const {
    for (std::size_t at = fnv1a(w) & (kSlots - 1); !slots[at].key.empty();
         at = (at + 1) & (kSlots - 1))
      if (slots[at].key == w) return &slots[at];
    return nullptr;
  }
};

constexpr Table build_table() {
  Table t;
  auto add = [&t](const auto& list, std::uint8_t kind) {
    for (std::string_view w : list) t.add(w, kind);
  };
  add(kGreetings, kLetterWord);
  add(kRoles, kLetterWord);
  add(kInstitutions, kLetterWord);
  add(kLabels, kLetterWord);
  add(kCalendar, kLetterWord);
  add(kFunctionWords, kLetterWord);
  add(kSentenceWords, kLetterWord);
  add(kPossessives, kLetterWord | kPossessive);
  add(kPlaceNounsBefore, kPlaceBefore);
  add(kPlaceNounsAfter, kPlaceAfter);
  add(kPlaceKeys, kPlaceKey);
  return t;
}

// Built by the compiler: no work at run time but the lookups.
constexpr Table kTable = build_table();

const Table& table() {
  return kTable;
}

// A capital's small letter, as a code point of two bytes in UTF-8: Latin-1,
// Latin Extended-A, Ə, Ș and Ț, Greek (with its accented capitals),
// Cyrillic and Armenian. Any other code point as it is.
unsigned small_code_point(unsigned cp) {
  if (cp >= 0xC0 && cp <= 0xDE) return cp == 0xD7 ? cp : cp + 0x20;
  if (cp >= 0x100 && cp <= 0x17F)
    return cp != 0x130 && (cp % 2 == 0) != ((cp >= 0x139 && cp <= 0x148) || cp >= 0x179) ? cp + 1
                                                                                         : cp;
  if (cp == 0x18F) return 0x259;
  if (cp == 0x218 || cp == 0x21A) return cp + 1;
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 0x20;
  if (cp == 0x386) return 0x3AC;
  if (cp >= 0x388 && cp <= 0x38A) return cp + 0x25;
  if (cp == 0x38C) return 0x3CC;
  if (cp == 0x38E || cp == 0x38F) return cp + 0x3F;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
  if (cp >= 0x531 && cp <= 0x556) return cp + 0x30;
  return cp;
}

// `w` in small letters, into `buf` (İ as i); empty if longer than it.
std::string_view folded(std::string_view w, std::array<char, 64>& buf) {
  if (w.size() > buf.size()) return {};
  std::size_t n = 0;
  for (std::size_t k = 0; k < w.size(); ++k) {
    const auto c = static_cast<unsigned char>(w[k]);
    if (c >= 'A' && c <= 'Z') {
      buf[n++] = static_cast<char>(c | 0x20);
    } else if (c >= 0xC2 && c <= 0xDF && k + 1 < w.size() &&
               (static_cast<unsigned char>(w[k + 1]) & 0xC0) == 0x80) {
      const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(w[k + 1]) & 0x3Fu);
      ++k;
      if (cp == 0x130) {
        buf[n++] = 'i';
        continue;
      }
      const unsigned s = small_code_point(cp);
      buf[n++] = static_cast<char>(0xC0 | (s >> 6));
      buf[n++] = static_cast<char>(0x80 | (s & 0x3F));
    } else {
      buf[n++] = static_cast<char>(c);
    }
  }
  return {buf.data(), n};
}

// A word without the punctuation a finding may close on: ".", ":", ","
// and the Armenian full stop "։".
std::string_view bare(std::string_view w) {
  while (!w.empty()) {
    const char c = w.back();
    if (c == '.' || c == ':' || c == ',' || c == '!' || c == '?' || c == ';') {
      w.remove_suffix(1);
    } else if (w.size() >= 2 && static_cast<unsigned char>(c) == 0x89 &&
               static_cast<unsigned char>(w[w.size() - 2]) == 0xD6) {
      w.remove_suffix(2);
    } else {
      break;
    }
  }
  return w;
}

}  // namespace

bool letter_words_only(const Gazetteer& names, std::span<const std::string_view> words,
                       unsigned listed) {
  if (words.empty() || words.size() > 4) return false;
  std::array<char, 64> buf;  // (written before it is read)
  unsigned possessive = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (listed >> i & 1u) continue;
    const std::string_view w = bare(words[i]);
    if (w.empty() || !table().may_be_listed(w)) return false;
    const Table::Slot* slot = table().find(folded(w, buf));
    if (slot == nullptr || !(slot->kinds & kLetterWord)) return false;
    if (slot->kinds & kPossessive) possessive |= 1u << i;
  }
  // A capitalised given name is a person's ("Domingo"); a word in small
  // letters is none ("Qardaş dedi") and Georgian has no capitals.
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = bare(words[i]);
    if (!(possessive >> i & 1u) && capitalised(w) && names.is_given_name(w)) return false;
  }
  return true;
}

namespace {

// The kinds of a word as written, read only for the places' words; 0 if it
// is not listed or no place's word.
std::uint8_t kinds_of(std::string_view w, std::array<char, 64>& buf) {
  w = bare(w);
  if (w.empty() || !table().may_be_place(w) || !table().may_be_listed(w)) return 0;
  const Table::Slot* slot = table().find(folded(w, buf));
  return slot == nullptr ? 0 : slot->kinds;
}

// The longest noun or key of a place listed, in bytes, and a colon:
// "жительства:" (no longer word is read around a finding).
constexpr std::size_t kLongestNoun = 24;

bool blank(char c) {
  return c == ' ' || c == '\t';
}

}  // namespace

bool place_by_its_noun(const Gazetteer& names, std::string_view text, std::size_t start,
                       std::size_t end, std::span<const std::string_view> words) {
  if (words.empty() || start >= end || end > text.size()) return false;
  std::array<char, 64> buf;  // (written before it is read)
  // A place's noun opens it: "Республика Коми", "Kraj Vysočina".
  if (words.size() > 1 && table().may_be_place(words[0]) &&
      (kinds_of(words[0], buf) & kPlaceBefore))
    return true;
  // A place's noun in small letters after it: "Jihočeský kraj" (not in a
  // bracket: "Zdenka Pašeková (okres Skalica)" is a person's place).
  std::size_t a = end;
  while (a < text.size() && blank(text[a])) ++a;
  if (a > end && a < text.size() && table().may_be_place(text.substr(a)) &&
      !capitalised(text.substr(a))) {
    std::size_t b = a;
    while (b < text.size() && b - a <= kLongestNoun && !blank(text[b]) && text[b] != '\n' &&
           text[b] != ')')
      ++b;
    if (b - a <= kLongestNoun && (kinds_of(text.substr(a, b - a), buf) & kPlaceAfter)) return true;
  }
  // A place's noun right before it: "okres Rakovník", "obec Chodov".
  std::size_t e = start;
  while (e > 0 && (blank(text[e - 1]) || text[e - 1] == '(')) --e;
  if (e < 2 || e == start || !table().may_end_place(text[e - 2], text[e - 1])) return false;
  std::size_t b = e;
  while (b > 0 && e - b <= kLongestNoun && !blank(text[b - 1]) && text[b - 1] != '\n' &&
         text[b - 1] != '(')
    --b;
  if (b == e || e - b > kLongestNoun) return false;
  const std::uint8_t before = kinds_of(text.substr(b, e - b), buf);
  if (before & kPlaceBefore) return true;
  // The value of a form's key of a place, no given name in it: "Adresa:
  // Krásné Údolí, …" (not "Adresa: Jan Novák, …").
  if ((before & kPlaceKey) && text[e - 1] == ':') {
    for (std::string_view w : words)
      if (names.is_given_name(bare(w))) return false;
    return true;
  }
  return false;
}

}  // namespace switchyard::privacy::words
