package privacy

import (
	"slices"
	"strings"
)

// Word lists for the privacy check. Keys are lower-case, ASCII-folded
// (privFold) and use straight apostrophes, so "Zoë", "ZOE" and "zoe" all
// meet the same entry.

func privSet(lists ...string) map[string]bool {
	m := make(map[string]bool)
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[privFold(strings.ToLower(w))] = true
		}
	}
	return m
}

// privGivenNames is a broad list of common given names across cultures.
// A capitalised word on it is treated as a name; whether it is flagged
// depends on the care context around it.
var privGivenNames = privSet(
	// English-speaking countries
	`james john robert michael william david richard joseph thomas charles christopher daniel matthew
	anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
	jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
	gregory alexander frank patrick raymond jack dennis jerry tyler aaron adam nathan henry douglas
	zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl
	arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan wayne elijah
	randy roy vincent ralph eugene russell bobby mason philip louis harry howard fred ernest martin craig
	stanley shawn travis bradley leonard earl curtis todd victor clarence phillip marcus johnny chris mike
	dave tom jim bob bill steve tony rick ron don ken greg jeff matt dan nick ben sam ed eddie teddy tim
	andy jake josh luke liam oliver lucas owen caleb hunter wyatt isaac levi julian grayson leo lincoln
	jaxon asher theo miles ezra hudson connor colton cooper landon carson easton nolan bentley parker
	xavier dominic everett cameron wesley silas maverick declan graham brody emmett rowan beau harrison
	finn barrett bennett calvin clayton dean derek dale glen gordon herbert hugh lloyd lyle marshall max
	melvin milton neil norman oscar otis perry ray rex rodney ross roland rudy stuart ted vernon wallace
	warren wendell wilbur winston edgar elmer floyd franklin gilbert grady homer irving jasper leon lester
	lewis mack morris murray nelson percy reginald rufus sherman sylvester virgil willard chad brent cody
	corey dustin garrett grant jared kurt lance mitchell shane spencer trent trevor troy wade brady brett
	cole drew gavin jaden jayden kaden malik tristan tucker colin devin ian kai jude axel ryder archer
	ashton bryce damian elliott emmanuel jonah kingston micah ryker sawyer ronan tobias abel blake
	mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
	sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca
	sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
	katherine christine debra rachel carolyn janet catherine heather diane ruth julie olivia joyce
	virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline
	martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace
	denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie
	kayla alexis lori ava mia harper ella chloe lily zoey zoe nora riley aria layla scarlett penelope
	luna gianna hazel aurora savannah audrey brooklyn bella claire skylar lucy paisley everly caroline
	emilia kennedy maya willow kinsley naomi aaliyah ariana allison gabriella madelyn cora ruby autumn
	adeline hailey quinn nevaeh ivy sadie piper lydia alexa josephine emery delilah eleanor eliza violet
	stella vivian clara jade faith hope gladys mildred edna ethel florence irene louise lucille
	bernadette bernice beatrice dolores dottie dotty edith eileen elaine elsie esther fay fern geraldine
	gertrude harriet ida inez iris irma jeanette josie june kay lena loretta lorraine louisa mabel mae
	marjorie marion mavis maxine minnie muriel myrtle nellie norma opal pauline pearl peggy phyllis polly
	rita roberta rosalie rosemary sally shelby sylvia thelma tina trudy velma vera viola wanda wilma
	yvonne priscilla ingrid jasmine becky beth liz kate katie jen jenny kim pat sue meg molly maggie
	annie ellie abby addison mackenzie jenna jillian jill kristen kristin krista tara tracy stacy lindsay
	lindsey erin kara kari holly dana leslie robin carrie wendy tammy tonya paula monica veronica vanessa
	felicia bonnie erica tiffany crystal april regina joanne colleen kristina dawn gina rhonda marsha
	sheila lynn jodi jody gwendolyn tabitha agnes hattie winifred imogen poppy freya matilda harriet`,
	// Spanish and Portuguese
	`jose juan carlos luis jorge miguel pedro alejandro manuel francisco javier diego rafael fernando
	ricardo roberto eduardo antonio andres sergio raul mateo matias santiago sebastian nicolas emiliano
	gael iker hugo pablo alvaro adrian marco marcos mario hector arturo enrique ramon ruben alberto
	guillermo gustavo ignacio jesus joaquin julio leonardo lorenzo rodrigo salvador tomas vicente ernesto
	esteban felipe gerardo hernan ismael omar orlando octavio rolando santos ulises valentin benito
	cristian cristobal emilio fabian federico gonzalo horacio lazaro mauricio nestor patricio ramiro
	renato saul teodoro maria guadalupe juana margarita josefina ana rosa carmen isabel lucia sofia
	valentina camila valeria ximena daniela gabriela mariana fernanda alejandra adriana beatriz catalina
	cecilia claudia consuelo elena esperanza estela estrella eva fatima graciela ines jimena julia
	leticia liliana lorena lourdes luisa luz marisol marta mercedes milagros paloma pilar raquel rocio
	rosario silvia soledad susana yesenia yolanda alba brenda carolina elisa florencia josefa lupe
	maribel miranda nadia renata rebeca xiomara yadira joao thiago tiago bruno caio vinicius leandro
	juliana larissa bianca luana tatiana`,
	// French, Italian, German, Dutch, Nordic
	`pierre jacques michel philippe francois henri antoine julien mathieu olivier pascal rene thierry
	yves amelie camille chantal colette elodie genevieve juliette manon margaux mathilde oceane sylvie
	veronique celine brigitte giulia francesca chiara alessandro giovanni giuseppe luca matteo massimo
	paolo riccardo salvatore stefano vincenzo alessia federica martina hans jurgen klaus lukas
	maximilian stefan wolfgang dieter heinz helmut uwe greta heidi katrin sabine ursula anke birgit
	frieda gisela liesel lotte wilhelm friedrich johannes sven lars anders erik bjorn nils olaf magnus
	gunnar astrid sigrid solveig annika linnea maja ebba elin karin kirsten liv signe henrik jens mads
	morten niels soren pieter jan bram daan sanne femke anouk`,
	// Slavic, Baltic, Greek
	`ivan dmitri dmitry sergei sergey alexei alexey andrei mikhail nikolai vladimir yuri boris oleg pavel
	viktor igor anatoly maxim artem anastasia natasha natalia olga svetlana yelena irina ekaterina katya
	oksana ludmila galina nadezhda yulia daria darya sofiya anya piotr pawel tomasz krzysztof wojciech
	katarzyna agnieszka malgorzata magdalena zofia jakub milan petr jiri miroslav bogdan dragan goran
	nikola marija jelena milica ivana dimitris dimitrios giorgos georgios konstantinos nikos yannis
	eleni katerina despina`,
	// Arabic, Persian, Turkish
	`mohammed muhammad mohamed mohammad ahmed ahmad ali hassan hussein husain umar khalid yusuf youssef
	ibrahim ismail mustafa mahmoud karim kareem tariq rashid samir sami faisal hamza bilal amir amira
	fatimah aisha ayesha leila zainab zeynep maryam mariam noor nour yasmin yasmine salma hana huda rania
	rana dina lina reem samira amal farah iman jamila khadija laila lamia mona rasha safiya zahra zara
	abdul abdullah abdel adnan anwar bashir emad fadi farid ghassan habib hadi hakim hamid idris imran
	jamal jamil kamal khaled majid marwan nabil nasser osman qasim rami reza saeed salim salman sharif
	tarek wael walid yasin yassin ziad zaid dariush darius cyrus parisa shirin mehdi hossein navid arash
	babak farhad kian roya soraya mitra neda leyla ayse emine fatma hatice elif zehra merve mehmet ahmet
	emre burak cem deniz kerem murat oguz serkan tolga hakan`,
	// South Asian
	`aarav arjun vivaan aditya vihaan sai krishna ishaan rohan rahul raj rajesh ravi sanjay suresh vijay
	amit anil arun ashok deepak dinesh ganesh gopal harish kiran manoj mohan mukesh naveen nikhil pradeep
	prakash pranav rakesh ramesh sachin sandeep sunil vikram vinod yash aryan kabir dev neel siddharth
	varun anish ankit aman akash ajay abhishek priya priyanka pooja neha ananya aanya aditi anjali asha
	deepa divya isha kavya lakshmi meera nisha radha rani riya sangeeta shreya sita sunita swati uma vidya
	aarti anita geeta gita kamala lata leela madhu manisha nandini padma pallavi rekha ritu sapna seema
	shanti shilpa shweta sneha sonia tanvi usha vanita zoya farhan irfan junaid shahid sana hina nazia
	rubina shabana harpreet gurpreet manpreet jaspreet simran navjot amrit balwinder`,
	// East and South-East Asian
	`wei ming jun hui yan lei jing ying xin hao jie tao fang hong hua mei ping qing rui tian xiao yun zhen
	jian jiahui xiaoming haruto hiroshi hiro kenji kenta takashi takeshi yuki yuto sota daiki kaito riku
	shota akira satoshi kazuki kaori keiko kumiko mayumi megumi naoko sakura yoko yumi aiko emi haruka
	misaki yui ayumi rin miho minjun seojun jiho jiwoo jimin minji seoyeon soyeon jisoo eunji hyun hyejin
	jae jaehyun sungmin youngho donghyun minho joon junho linh anh minh thanh thao trang huong ngoc phuong
	tuan dung hung khanh quang hoa hieu duc somchai malee niran arnel maricel rowena marites`,
	// African
	`kwame kofi kwaku kojo yaw ama akua abena adwoa efua esi olusegun oluwaseun seun tunde babatunde
	adebayo ayodele bukola chidi chinedu chioma chiamaka emeka ngozi nkechi obinna uchenna ifeoma adaeze
	amara amaka folake funmilayo kemi olumide temitope tope yetunde femi segun wale kunle jide dayo bisi
	sade tendai tatenda farai chipo thabo sipho themba lerato nomvula zanele mandla bongani kagiso naledi
	amani baraka jabari juma kamau wanjiru wambui njeri achieng otieno omondi akinyi imani zuri neema
	abebe almaz dawit mekdes selam tsion yonas hirut tigist aster tesfaye`,
	// Irish, Scottish, Welsh, Hebrew, Native American
	`siobhan aoife niamh saoirse ciara caoimhe sinead orla roisin aisling grainne eoin cian oisin padraig
	seamus ciaran darragh fionn cormac rory niall conor eamon eamonn fergus angus callum hamish iain isla
	morag catriona eilidh rhys gareth gethin owain bronwen cerys ffion gwen rhiannon seren avi avraham
	eli yosef moshe noam yael tamar noa shira rivka chaya leah miriam ariel ori itai aiyana aponi dakota
	cheyenne kiona nayeli sequoia tallulah winona koda takoda ayita`,
	// Short forms
	`al abe alex allie angie barb barry bart ben benny bert betsy bobbie brad cathy charlie chuck cindy
	connie danny debbie dee dolly donnie effie elly fran freddie freddy gabe gerry gigi hal hank jackie
	jeannie jimmy jo joey jon joni kathy lenny libby lizzie lou lulu mandy marge mattie mickey millie
	mollie nan nell nettie nicky ollie patsy patty penny pete phil ricky rob robbie ronnie rosie sammy
	sandy sid stan stevie susie suzy terri tess tessa tommy trish val vicky vince wally walt willy winnie
	zeke`,
)

// privAmbiguousNames are names that are also everyday words, months or
// places. Alone they prove nothing; they need a surname, a title or a frame
// such as a greeting.
var privAmbiguousNames = privSet(`will may june april august grace hope faith joy mark bill frank rose
	lily iris ivy holly dawn ruby jade amber pearl crystal hazel olive violet daisy heather summer autumn
	winter sky sunny rich guy max jack nick chase grant hunter dean dale glen cliff wade reed miles drew
	lane brook brooke art pat sue don ray rob bob gene sandy rusty buddy major king prince duke earl
	angel sterling mercedes paris dallas austin jordan carter taylor page bell ward mason cash royal
	harmony destiny trinity chance christian justice sage river rain star storm eve penny candy ginger
	cole clay long young price gray grey brown white black green carol noel valentine liberty kit sol
	ash son can said jan lincoln madison kennedy parker cooper tucker bennett brooks spencer marshall
	nelson warren jesus genesis nova luna aurora willow everly hudson graham rowan finn miles lucky
	dakota cheyenne sequoia dee dot val ben`)

// privNotNames are capitalised words that can sit where a name would
// ("Hi there", "Thanks, Team!") but never are one.
var privNotNames = privSet(`i we you our your my me us they their the a an and or but so hi hello hey
	dear thanks thank welcome congrats congratulations happy merry good great everyone everybody all
	team friends folks neighbors neighbours there guys yall sir madam maam doc doctor nurse moms dads
	parents grads community family staff reviewer neighbor friend again today tonight tomorrow yesterday
	monday tuesday wednesday thursday friday saturday sunday january february march april may june july
	august september october november december christmas thanksgiving easter halloween hanukkah
	kwanzaa juneteenth memorial labor independence new year years god lord heaven please sorry yes no
	ok okay wow love cheers best regards sincerely update reminder note ps hope just`)

// privTitles introduce a private person's name.
var privTitles = privSet(`mr mrs ms mx miss mister`)

// privRoleWords before a name mark a professional or public figure acting in
// that role (clinic staff, officials), not a patient.
var privRoleWords = privSet(`dr doctor nurse np pa-c rn md mayor senator governor president judge
	officer sheriff chief pastor rev reverend st saint prof professor rep councilman councilwoman
	councilmember commissioner superintendent principal tech technician receptionist manager
	coordinator assistant hygienist pharmacist phlebotomist volunteer intern physician provider midwife
	scribe biller dietitian nutritionist educator administrator director ceo founder owner partner-md
	therapist counselor`)

// privFamilyWords before a name ("baby Noah", "your daughter Chloe") put it
// in a family/care frame.
var privFamilyWords = privSet(`baby little grandma grandpa granny nana papa aunt auntie uncle son daughter
	husband wife mom mum mother dad father brother sister cousin niece nephew grandson granddaughter
	grandmother grandfather child kid kids twins partner fiance fiancee stepson stepdaughter`)

// privGreetings before a name make it a greeting or thanks.
var privGreetings = privSet(`hi hello hey dear thanks thank welcome congrats congratulations bye goodbye
	morning evening cheers kudos shout-out shoutout`)

// privOrgWords ending a run of capitalised words make it an organisation,
// place or occasion rather than a person ("Springfield Gazette",
// "Martin Luther King Jr. Day").
var privOrgWords = privSet(`club gazette times herald news post tribune journal pharmacy library hospital
	general clinic center centre health medical school high elementary academy college university church
	society association council league foundation inc llc co group county city department police fire
	bank market cafe restaurant park street st avenue ave road rd lane ln drive boulevard blvd court way
	day week month awareness runners rotary chamber ymca ymc team cross fund trust institute hall
	plaza mall center lab labs pediatrics dental care services`)

// privAbbrevs end with a period that does not end a sentence.
var privAbbrevs = privSet(`mr mrs ms mx dr st jr sr vs etc eg ie am pm ave apt no ext prof rev gen sen
	rep gov dept inc co corp approx est`)

// Condition vocabulary. privConditionTerms stand on their own; privMedHeads
// name the thing done or taken and need a medical modifier in front of them
// ("knee surgery", "blood pressure meds") unless they are also in
// privStandaloneHeads.
var privConditionTerms = privSet(`diabetes prediabetes asthma copd cancer melanoma leukemia lymphoma
	carcinoma sarcoma myeloma tumor tumour pneumonia bronchitis flu influenza covid covid-19 hiv aids
	hepatitis stroke dementia alzheimer's alzheimers parkinson's parkinsons epilepsy seizure seizures
	migraine migraines depression anxiety adhd autism bipolar schizophrenia ptsd ocd insomnia obesity
	hypertension arthritis osteoporosis gout lupus celiac crohn's colitis ibs gerd uti std sti
	chlamydia gonorrhea syphilis herpes strep mono shingles measles chickenpox concussion fracture
	sprain frostbite pregnancy pregnant miscarriage infertility endometriosis menopause anemia
	sepsis addiction overdose sober sobriety relapse anorexia bulimia allergy allergies rash eczema
	psoriasis lice scabies cataract cataracts glaucoma tonsillitis appendicitis hernia gallstones afib
	surgery chemo chemotherapy radiation dialysis biopsy colonoscopy endoscopy mammogram ultrasound mri
	x-ray xray ekg ecg tonsillectomy appendectomy mastectomy hysterectomy vasectomy c-section stitches
	cast transplant vaccination vaccine vaccines immunization immunizations physiotherapy rehab
	circumcision abortion ivf transfusion delivery infusion inhaler insulin epipen a1c lisinopril metformin
	warfarin amoxicillin adderall ritalin zoloft prozac xanax lexapro wellbutrin oxycodone suboxone
	methadone ozempic wegovy lipitor atorvastatin levothyroxine synthroid albuterol prednisone
	varenicline bupropion chantix nicotine-patch antibiotic antibiotics antidepressant antidepressants statin statins steroid steroids cortisone
	chemo cardiology oncology psychiatry dermatology neurology urology gynecology obgyn orthopedics
	cardiologist oncologist psychiatrist dermatologist neurologist urologist gynecologist
	rheumatologist endocrinologist gastroenterologist pulmonologist nephrologist cancer-free
	diagnosis`,
	privVocabConditions, privVocabProcedures, privVocabTests, privVocabDevices, privVocabObstetric,
	privVocabDrugs, privVocabBrands)

var privMedHeads = privSet(`surgery replacement repair transplant infection infections fracture injury
	injuries medication medications medicine meds pills shot shots injection injections test tests
	testing screening therapy treatment treatments disease disorder attack cancer results levels
	numbers pump aids tubes card checkup check-up check physical exam scan rehab care biopsy work pain
	condition prescription refill recovery infusion procedure reaction drops patch class smear swab
	culture panel draw sample samples implant reconstruction removal study failure loss stone stones
	clot clots tear tears fusion extraction monitor tube canal retrieval transfer graft boot sling
	disorder flare flare-up flare-ups episode episodes`)

var privStandaloneHeads = privSet(`surgery shots injection injections therapy rehab recovery biopsy
	transplant`)

// privMedModifiers turn a head noun into a condition: body parts, systems
// and things measured or treated.
var privMedModifiers = privSet(`knee hip shoulder back wrist ankle foot feet hand elbow neck spine head
	heart ear ears eye eyes skin thyroid blood sugar pressure gallbladder bypass acl hernia kidney liver
	lung lungs breast prostate colon cervical dental tooth teeth brain bladder bowel stomach chest sinus
	throat leg arm bone joint rotator cuff tendon cardiac allergy allergies pregnancy lab hearing vision
	b12 iron vitamin hormone fertility wound physical occupational speech mental behavioral prenatal
	postpartum annual yearly insulin hiv std sti strep covid flu cholesterol depression anxiety adhd
	dementia cataract cortisone steroid mole cyst ear-tube tubes hearing-aid diabetes asthma cancer
	stroke sleep weight-loss weight addiction pain heart-rate glucose a1c diabetic dialysis warfarin
	biopsy chemo radiation pap smear well-child allergic eating panic seizure substance alcohol opioid
	drug urine stool genetic autoimmune bipolar personality ct cat pet mri dexa psa tb holter
	memory stress meniscus rotator acl mcl labral spinal ovarian uterine cervix rheumatoid herniated
	torn broken gestational embryo egg bariatric cardiac coronary lumbar sciatic tonsil adenoid
	wart wisdom cochlear feeding oxygen colostomy ostomy picc gastric tubal pelvic hip-replacement
	bunion ingrown toenail skin-cancer pregnancy-related heat cold-sore sinus migraine kidney-stone
	colonoscopy mammogram cortisone-shot pap hpv scoliosis hernia`)

// privMedSuffixes catch drug and procedure names not on the lists.
var privMedSuffixes = []string{"ectomy", "otomy", "ostomy", "plasty", "oscopy", "itis", "pril",
	"olol", "statin", "sartan", "cillin", "mycin", "floxacin", "prazole", "formin", "gliptin",
	"azepam", "oxetine", "triptan", "dipine", "tidine", "lukast", "codone", "cycline", "ovir",
	"avir", "tinib", "parin", "semide", "thiazide", "zolam", "dronate", "glitazone", "gliflozin",
	"glutide", "setron", "olone", "isone", "emia", "osis", "mab", "azole", "pathy", "algia", "plegia",
	"ogram", "afil", "triptyline", "apine", "idone", "profen", "vastatin", "zepam", "parin", "xaban"}

// privCareWords near a name in a post make it a care context.
var privCareWords = privSet(`patient treatment treated surgery diagnosed diagnosis recovery recovering
	recovered rehab therapy appointment appt visit visited checkup check-up dob born hospital admitted
	discharged hospice sober healing healed meds medication prescription refill results labs vaccine
	vaccines shot shots illness sick injury injured pregnant delivered exam procedure chemo condition
	symptoms biopsy waiting`)

// Relationship vocabulary: nouns that, after "your", confirm someone was
// seen, and the words allowed between.
var privRelNouns = privSet(`visit visits appointment appointments appt checkup check-up follow-up followup
	results result labs records record chart exam procedure treatment diagnosis prescription
	prescriptions refill refills dose referral physical statement bill copay stay x-ray scan test tests
	file session consultation consult lab blood`)

var privRelMods = privSet(`recent last next first annual yearly upcoming latest previous scheduled
	missed new morning afternoon follow-up test lab blood medical routine monthly weekly recent`)

// privPatientCompounds follow "patient" in phrases about the clinic, not a
// person ("our patient portal").
var privPatientCompounds = privSet(`portal portals advocate advocates forms form care experience
	experiences services service coordinator navigator education safety privacy satisfaction rights
	records record information info line lounge rooms room parking entrance survey feedback handbook
	guide resources population base community families visits intake stories`)

// privCareSettings name where or how care happened ("your son’s ER visit").
var privCareSettings = privSet(`er emergency urgent hospital home health telehealth video virtual
	office clinic dental eye wellness sick well in-person`)

var privPatientAdjs = privSet(`favorite favourite youngest oldest longtime long-time newest sweetest
	bravest former beloved dear lovely amazing wonderful special loyal valued`)

// privGenericWords make a reply sentence general advice rather than talk
// about the reader's own care ("If you have chest pain, call 911").
var privGenericWords = privSet(`if anyone everyone everybody anybody whoever most many people adults
	kids children generally usually often typically whether`)

var privYouWords = privSet(`you your you're you've you'll you'd yours yourself`)

var privThirdPerson = privSet(`he she him his her hers they them their`)

var privDOBCues = privSet(`dob d.o.b birth born birthday birthdate bday`)

var privDateCues = privSet(`appointment appt visit visited seen saw came come coming checkup check-up
	surgery procedure test scheduled rescheduled moved admitted discharged delivered results exam
	shots vaccine seen`)

var privPhoneCues = privSet(`call calls called calling phone phoned text texted cell mobile tel telephone
	number reach fax from at dial line contact ph`)

// The broader medical vocabulary below joins privConditionTerms. Each word
// stands on its own; multi-word phrases are in privCondPhrases, and
// productive endings (-itis, -ectomy, -statin…) in privMedSuffixes.

// Chronic and acute conditions, symptoms with a diagnosis-like ring, and
// infections.
const privVocabConditions = `alzheimer parkinson crohn hashimoto tourette asperger huntington
	hypothyroidism hyperthyroidism thyroiditis hyperlipidemia hypercholesterolemia hypoglycemia
	hyperglycemia arrhythmia angina aneurysm embolism thrombosis dvt fibrillation cardiomyopathy
	murmur emphysema tuberculosis rsv pertussis mumps rubella croup bronchiolitis sinusitis
	conjunctivitis otitis ckd cirrhosis pancreatitis ulcer ulcers gastritis diverticulitis
	hemorrhoids constipation incontinence bph fibromyalgia osteoarthritis scoliosis kyphosis sciatica
	tendinitis tendonitis bursitis fasciitis whiplash dislocation dislocated neuropathy sclerosis
	palsy syndrome dyslexia dyspraxia alcoholism schizoaffective psychosis leukaemia
	mesothelioma glioblastoma glioma neuroblastoma metastasis metastatic remission malignant
	malignancy hpv norovirus salmonella mrsa cellulitis impetigo ringworm warts wart acne rosacea
	dermatitis hives sunburn dehydration hypothermia heatstroke anaphylaxis anaphylactic retinopathy
	amblyopia strabismus tinnitus vertigo deafness hemophilia thalassemia osteopenia hypotension
	preeclampsia eclampsia stillbirth pcos fibroids fibroid cyst cysts jaundice colic pinworms
	narcolepsy apnea ingrown bunion bunions gangrene lymphedema edema cyst polyps polyp
	diverticulosis gastroparesis achalasia cholecystitis nephritis pyelonephritis prostatitis
	cystitis laryngitis pharyngitis meningitis encephalitis myocarditis pericarditis endocarditis
	vasculitis arthritic diabetic asthmatic epileptic autistic dyslexic anemic hypertensive
	concussed paralysis paralyzed paraplegic quadriplegic stutter stuttering lisp tics
	shingles mononucleosis influenza-a influenza-b covid19 coronavirus`

// Procedures and treatments.
const privVocabProcedures = `immunotherapy radiotherapy amputation amputated arthroscopy laminectomy
	angioplasty stent stents pacemaker defibrillator ablation cardioversion lumpectomy cholecystectomy
	colectomy colostomy ileostomy ostomy tracheotomy tracheostomy liposuction lasik extraction
	sutures stitched cryotherapy excision epidural anesthesia anaesthesia sedation intubation
	intubated ventilator detox iui catheterization cesarean caesarean episiotomy induction-of-labor
	lithotripsy septoplasty rhinoplasty adenoidectomy myringotomy thyroidectomy nephrectomy
	prostatectomy splenectomy craniotomy discectomy kyphoplasty vertebroplasty tenotomy
	chemoradiation hemodialysis debridement skin-graft grafting bone-marrow transfusions
	resuscitated cpr defibrillated hospitalized hospitalised
	post-op pre-op postop preop`

// Imaging, tests and screenings.
const privVocabTests = `echocardiogram electrocardiogram angiogram sonogram audiogram arteriogram
	myelogram venogram eeg emg spirometry amniocentesis mammography colposcopy sigmoidoscopy
	bronchoscopy cystoscopy laparoscopy polysomnography pet-ct ct-scan cat-scan catscan petscan
	dexa pulse-ox bloodwork labwork urinalysis titer titers`

// Devices and aids.
const privVocabDevices = `cpap bipap cgm dexcom nebulizer crutches wheelchair brace braces splint
	catheter dentures prosthesis prosthetic insulin-pump hearing-aid hearing-aids feeding-tube
	g-tube picc colostomy-bag walking-boot neck-brace back-brace knee-brace`

// Pregnancy, birth and fertility.
const privVocabObstetric = `c-section c-sections gestational miscarried miscarriages preterm
	nicu breech placenta previa ectopic labor-and-delivery
	ivf embryo embryos trimester newborn-screening`

// Common prescription drugs, by generic name. Many more are caught by
// their endings (privMedSuffixes).
const privVocabDrugs = `acetaminophen ibuprofen naproxen aspirin simvastatin rosuvastatin
	pravastatin lovastatin enalapril ramipril benazepril losartan valsartan olmesartan irbesartan
	telmisartan amlodipine nifedipine diltiazem verapamil metoprolol atenolol carvedilol propranolol
	bisoprolol nebivolol labetalol hydrochlorothiazide hctz chlorthalidone furosemide bumetanide
	torsemide spironolactone triamterene hydralazine clonidine doxazosin prazosin terazosin tamsulosin
	finasteride dutasteride glipizide glimepiride glyburide pioglitazone sitagliptin linagliptin
	empagliflozin dapagliflozin canagliflozin semaglutide liraglutide dulaglutide tirzepatide
	glargine lispro detemir degludec omeprazole esomeprazole pantoprazole lansoprazole rabeprazole
	famotidine ranitidine ondansetron promethazine metoclopramide dicyclomine sucralfate sertraline
	fluoxetine citalopram escitalopram paroxetine venlafaxine desvenlafaxine duloxetine mirtazapine
	trazodone amitriptyline nortriptyline buspirone hydroxyzine alprazolam lorazepam clonazepam
	diazepam temazepam zolpidem eszopiclone quetiapine aripiprazole risperidone olanzapine
	ziprasidone lurasidone lithium lamotrigine valproate divalproex levetiracetam topiramate
	gabapentin pregabalin carbamazepine oxcarbazepine phenytoin lacosamide methylphenidate
	amphetamine lisdexamfetamine dextroamphetamine atomoxetine guanfacine tramadol hydrocodone
	morphine fentanyl codeine buprenorphine naloxone naltrexone cyclobenzaprine methocarbamol
	tizanidine baclofen meloxicam celecoxib diclofenac indomethacin ketorolac prednisolone
	methylprednisolone dexamethasone hydrocortisone triamcinolone budesonide fluticasone mometasone
	montelukast levalbuterol ipratropium tiotropium salmeterol formoterol cetirizine loratadine
	fexofenadine diphenhydramine azithromycin doxycycline cephalexin ciprofloxacin levofloxacin
	clindamycin metronidazole nitrofurantoin sulfamethoxazole trimethoprim penicillin cefdinir
	ceftriaxone fluconazole terbinafine nystatin acyclovir valacyclovir oseltamivir apixaban
	rivaroxaban dabigatran clopidogrel heparin enoxaparin digoxin amiodarone nitroglycerin
	isosorbide ranolazine allopurinol colchicine febuxostat alendronate methotrexate
	hydroxychloroquine sulfasalazine adalimumab etanercept infliximab rituximab dupilumab
	tamoxifen letrozole anastrozole estradiol progesterone medroxyprogesterone norethindrone
	levonorgestrel testosterone sildenafil tadalafil oxybutynin tolterodine mirabegron donepezil
	memantine ropinirole pramipexole carbidopa levodopa sumatriptan rizatriptan latanoprost
	timolol tretinoin isotretinoin clobetasol mupirocin ketoconazole minoxidil epinephrine
	glucagon cyanocobalamin potassium-chloride benzonatate guaifenesin pseudoephedrine
	chemotherapy-drugs antipsychotic antipsychotics anticoagulant anticoagulants
	blood-thinner blood-thinners antiviral antivirals
	anticonvulsant opioid opioids opiates painkiller painkillers stimulant ssri ssris
	benzodiazepine benzodiazepines beta-blocker beta-blockers diuretic diuretics`

// Brand names often used instead of the generic.
const privVocabBrands = `mounjaro zepbound trulicity jardiance farxiga januvia lantus humalog
	novolog levemir tresiba crestor zocor norvasc lasix coumadin keppra lamictal depakote seroquel
	abilify risperdal zyprexa celexa paxil effexor cymbalta buspar ativan klonopin valium ambien
	lyrica neurontin ultram percocet vicodin narcan vivitrol flexeril mobic celebrex medrol
	singulair advair symbicort spiriva flovent ventolin proair zyrtec claritin benadryl zithromax
	z-pack zpack keflex cipro levaquin flagyl diflucan valtrex prilosec nexium protonix pepcid
	zofran flomax proscar strattera intuniv imitrex maxalt aricept namenda sinemet plaquenil
	humira enbrel remicade dupixent otezla stelara skyrizi tremfya cosentyx entyvio keytruda
	opdivo herceptin eliquis xarelto plavix tamiflu paxlovid augmentin bactrim vyvanse concerta
	accutane topamax tylenol advil motrin aleve saxenda victoza rybelsus`

// privCondPhrases are multi-word conditions, procedures and devices whose
// words are too common to list alone ("high blood pressure", "root canal").
var privCondPhrases = func() map[string][][]string {
	m := map[string][][]string{}
	for _, p := range strings.Split(`high blood pressure|low blood pressure|high cholesterol|low blood sugar|
		broken arm|broken leg|broken wrist|broken ankle|broken hip|broken bone|broken bones|broken nose|
		broken foot|broken collarbone|broken rib|broken ribs|torn acl|torn meniscus|torn rotator cuff|
		rotator cuff|carpal tunnel|tennis elbow|slipped disc|herniated disc|pink eye|cold sore|
		cold sores|morning sickness|hot flashes|sickle cell|spina bifida|whooping cough|stomach bug|
		food poisoning|poison ivy|lazy eye|restless legs|wisdom teeth|wisdom tooth|root canal|
		gastric bypass|gastric sleeve|tubal ligation|bed rest|life support|spinal tap|
		lumbar puncture|pet scan|cat scan|bone density|glucose tolerance|due date|birth control|
		water broke|in vitro|heart failure|kidney failure|liver failure|kidney stone|kidney stones|
		blood clot|blood clots|heat exhaustion|skin tag|skin tags|arm sling|walking boot|home oxygen|
		oxygen tank|feeding tube|picc line|hep c|hep b|type 1 diabetes|type 2 diabetes|long covid|
		eating disorder|panic attacks|heart attack|mini stroke|multiple sclerosis|cerebral palsy|
		cystic fibrosis|muscular dystrophy|macular degeneration|atrial fibrillation|sleep apnea|
		down syndrome|labor induction|egg retrieval|embryo transfer|ear tubes|hip replacement|
		knee replacement|joint replacement|open heart surgery|stress test|holter monitor|
		glucose monitor|insulin pump|cochlear implant|hearing loss|memory loss|vision loss|
		weight loss surgery|physical therapy|occupational therapy|speech therapy|radiation therapy|
		chemo port|spinal fusion|bone marrow|stem cell transplant`, "|") {
		w := strings.Fields(p)
		if len(w) == 0 {
			continue
		}
		m[w[0]] = append(m[w[0]], w)
	}
	for _, l := range m {
		slices.SortFunc(l, func(a, b []string) int { return len(b) - len(a) })
	}
	return m
}()

// privSuffixExceptions are everyday words with a medical-looking ending.
var privSuffixExceptions = privSet(`academia bohemia empathy sympathy apathy telepathy antipathy
	nostalgia hypnosis osmosis metamorphosis symbiosis apotheosis program hologram kilogram
	microgram nanogram monogram epigram anagram diagram instagram telegram overstatement
	crossroads`)

// privBarePhoneCues come just before a phone number written without
// separators; weaker cues ("at", "from") are not enough for bare digits.
var privBarePhoneCues = privSet(`call calls called calling phone phoned phones text texted texting cell
	cellphone mobile tel telephone reach reached fax ph contact dial whatsapp`)

// privHonorifics are community titles. Unlike "Dr." or "Nurse" they do not
// make the person clinic staff: "Prayers for Pastor Elijah Grant, who is
// recovering from pneumonia" is about a patient.
var privHonorifics = privSet(`coach pastor father fr rev reverend officer captain capt mayor principal
	deacon rabbi imam sergeant sgt lieutenant lt judge senator governor chief sheriff deputy trooper
	firefighter professor prof councilman councilwoman councilmember commissioner superintendent
	bishop elder pastora padre president colonel col corporal cpl
	ranger chaplain minister`)

// privNameCareCues mark a sentence about someone's care, beside
// privCareWords and condition words.
var privNameCareCues = privSet(`recovering recovers recover diagnosed diagnoses surgery surgeries dob
	birth discharge discharged appointment appointments results hospitalized hospitalised admitted
	icu nicu remission prognosis treatments chemo radiation`)

// privCommonCaps are everyday words that are capitalised in headings and at
// the start of sentences ("Back To School Physicals", "Free Flu Shots"),
// so they are never taken for the parts of an unlisted name.
var privCommonCaps = privSet(`a an the and or but nor for to of in on at by with from into onto upon
	about above after again against all almost also always am among another any are around as ask
	away back be because been before being below best better between big both bring call can cannot
	come could day days did do does done down during each early easy either else end even ever every
	few find first five for four free full get getting give go going good got great had has have
	having he help her here hers him his how however if in is it its just keep know last late
	least less let like little long look lots made make many may me meet might more most much must
	my near need never new next nine no none not now of off often old on once one only open or
	other our out over own part past people per plus put quick read ready real really right same
	save say see seven she should show since six small so some soon start stay still stop such sure
	take tell ten than that their them then there these they thing things think this those three
	through time tips to today together too top try two under until up us use very want was way we
	well were what when where which while who why will with without would yes yet you your
	season seasons awareness month week weekend year annual national world international global
	health healthy wellness care program programs management class classes workshop series event
	events fair drive walk run race 5k 10k fun family families kids children adults seniors teens
	women men moms dads parents baby babies school schools back-to-school sports summer winter
	spring fall autumn holiday holidays hours hour closed open opening grand ribbon cutting news
	update updates reminder reminders alert notice tip fact facts myth myths question questions
	answer answers faq guide info information learn more join us book now today tonight tomorrow
	online virtual telehealth video portal app text login sign sign-in signup register registration
	form forms policy policies insurance billing payment payments plan plans coverage benefits
	appointment appointments schedule walk-in walk-ins same-day urgent emergency office lobby room
	rooms suite floor building parking entrance exit main front desk team staff meet welcome new
	our your thank thanks happy merry congratulations congrats cheers shout-out spotlight story
	stories feature featured award awards winner winners champion champions hero heroes star stars
	prayers praying pray get-well recovery road journey milestone anniversary birthday celebration
	celebrate celebrating party picnic drive-thru drive-through clinic clinics mobile pop-up
	screening screenings checks check fast quick safe safety prevention protect protected covered
	medicine medicines nutrition diet exercise fitness sleep stress mental heart brain bone skin
	eye eyes ear teeth smile smiles mouth body mind life living live love hope faith strong strength
	brave courage kindness gratitude thankful grateful proud pride honor honored tribute memory
	memorial remembering remember vaccine vaccines shot shots flu covid rsv booster boosters
	side effects effect risk risks sign signs symptom symptoms cause causes treatment options
	understanding managing living coping preventing caring taking finding getting knowing beating
	what's whats how's it's let's here's there's don't can't won't isn't didn't we're you're
	we've we'll they're festival fest expo gala fundraiser market farmers bazaar fair fairs
	counseling counselling services pediatrics pediatric dentistry orthodontics chiropractic
	physical rehab imaging radiology laboratory diagnostics associates partners practice medical
	surgical specialists specialty primary optometry vision hearing dental urgent-care telemedicine
	apple watch fitbit google facebook instagram tiktok youtube linkedin nextdoor yelp amazon
	mychart epic cerner athena zocdoc healthgrades`)

// privPlaceWords name places and institutions, never people.
var privPlaceWords = privSet(`alabama alaska arizona arkansas california colorado connecticut delaware
	florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
	massachusetts michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey
	mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode island tennessee texas utah
	vermont virginia washington wisconsin wyoming america american americans usa us canada canadian
	chicago boston seattle denver atlanta houston phoenix philadelphia detroit miami orlando tampa
	portland cleveland cincinnati columbus nashville memphis louisville milwaukee minneapolis
	pittsburgh baltimore sacramento diego francisco jose angeles vegas antonio dallas austin
	springfield lakeside riverside hillside fairview greenville franklin clinton salem madison
	north south east west northern southern eastern western central upper lower downtown uptown
	lake lakes river rivers valley mount mountain mountains hill hills bay beach coast harbor harbour
	springs falls heights ridge creek grove meadow meadows woods forest garden gardens village
	town township borough county state states city metro region district island islands point
	mayo hopkins kaiser permanente medicaid medicare humana cigna aetna anthem blue cross shield
	unitedhealthcare healthcare planned parenthood red cross ymca ywca rotary kiwanis lions
	olympics special relay walgreens cvs walmart target costco kroger publix`)

// privLeadWords start sentences and headings; at the start of a run of
// capitalised words they are not part of the name that follows
// ("Meet Tavita Faleolo", "Big cheers for…").
var privLeadWords = privSet(`the a an our my your his her their this these that meet welcome join ask
	congrats congratulations thanks thank happy please get say help cheers hats big shout-out kudos
	prayers praying remember remembering celebrating wishing best wishes sending hugs love go
	when after before while today yesterday tomorrow`)
